-- Every triage decision as the reviewer received it, with the item's segments at decision time (never edited: a
-- later decision for the same item supersedes it); the current answer on under-represented segments, read by holds;
-- and the versioned list of policy-designated segments (each change a new version).
CREATE TABLE review_decisions (
    decision_id uuid NOT NULL PRIMARY KEY,
    feedback_id uuid NOT NULL,
    decided_at timestamptz NOT NULL,
    decided_by text NOT NULL,
    csm_id text NOT NULL,
    action integer NOT NULL,
    account_id text NOT NULL,
    segments text NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX ix_review_decisions_decided_at ON review_decisions (decided_at);

CREATE TABLE review_segments (
    attribute text NOT NULL,
    value text NOT NULL,
    under_represented boolean NOT NULL,
    reasons text NOT NULL,
    account_share double precision,
    feedback_share double precision,
    ratio double precision,
    p_value double precision,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (attribute, value)
);

CREATE TABLE review_policy_versions (
    version integer NOT NULL PRIMARY KEY,
    segments text NOT NULL,
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL
);
