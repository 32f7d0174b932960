-- Review's own copy of what it measures: the items whose triage it watches, and the accounts' segments.
CREATE TABLE review_feedback (
    feedback_id uuid NOT NULL PRIMARY KEY,
    account_id text NOT NULL,
    csm_id text NOT NULL,
    occurred_at timestamptz NOT NULL,
    watched_at timestamptz NOT NULL
);
CREATE INDEX ix_review_feedback_account ON review_feedback (account_id);

CREATE TABLE review_accounts (
    account_id text NOT NULL PRIMARY KEY,
    region text NOT NULL,
    country text NOT NULL,
    language text NOT NULL,
    size_band text NOT NULL,
    industry text NOT NULL,
    plan_tier text NOT NULL,
    arr numeric(18, 2) NOT NULL,
    custom text NOT NULL,
    updated_at timestamptz NOT NULL
);
