-- Every triage decision as the reviewer received it, with the item's segments at decision time (never edited: a
-- later decision for the same item supersedes it); the current answer on under-represented segments, read by holds;
-- and the versioned list of policy-designated segments (each change a new version).
CREATE TABLE review_decisions (
    decision_id TEXT NOT NULL PRIMARY KEY,
    feedback_id TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    csm_id TEXT NOT NULL,
    action INTEGER NOT NULL,
    account_id TEXT NOT NULL,
    segments TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX ix_review_decisions_decided_at ON review_decisions (decided_at);

CREATE TABLE review_segments (
    attribute TEXT NOT NULL,
    value TEXT NOT NULL,
    under_represented INTEGER NOT NULL,
    reasons TEXT NOT NULL,
    account_share REAL,
    feedback_share REAL,
    ratio REAL,
    p_value REAL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (attribute, value)
);

CREATE TABLE review_policy_versions (
    version INTEGER NOT NULL PRIMARY KEY,
    segments TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
