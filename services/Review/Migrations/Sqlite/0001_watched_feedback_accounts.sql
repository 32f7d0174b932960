-- Review's own copy of what it measures: the items whose triage it watches, and the accounts' segments.
CREATE TABLE review_feedback (
    feedback_id TEXT NOT NULL PRIMARY KEY,
    account_id TEXT NOT NULL,
    csm_id TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    watched_at TEXT NOT NULL
);
CREATE INDEX ix_review_feedback_account ON review_feedback (account_id);

CREATE TABLE review_accounts (
    account_id TEXT NOT NULL PRIMARY KEY,
    region TEXT NOT NULL,
    country TEXT NOT NULL,
    language TEXT NOT NULL,
    size_band TEXT NOT NULL,
    industry TEXT NOT NULL,
    plan_tier TEXT NOT NULL,
    arr NUMERIC NOT NULL,
    custom TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
