-- Review's own copy of what it measures: the items whose triage it watches, and the accounts' segments.
CREATE TABLE review_feedback (
    feedback_id uniqueidentifier NOT NULL PRIMARY KEY,
    account_id nvarchar(64) NOT NULL,
    csm_id nvarchar(64) NOT NULL,
    occurred_at datetimeoffset NOT NULL,
    watched_at datetimeoffset NOT NULL
);
CREATE INDEX ix_review_feedback_account ON review_feedback (account_id);

CREATE TABLE review_accounts (
    account_id nvarchar(64) NOT NULL PRIMARY KEY,
    region nvarchar(64) NOT NULL,
    country nvarchar(64) NOT NULL,
    language nvarchar(64) NOT NULL,
    size_band nvarchar(64) NOT NULL,
    industry nvarchar(64) NOT NULL,
    plan_tier nvarchar(64) NOT NULL,
    arr decimal(18, 2) NOT NULL,
    custom nvarchar(max) NOT NULL,
    updated_at datetimeoffset NOT NULL
);
