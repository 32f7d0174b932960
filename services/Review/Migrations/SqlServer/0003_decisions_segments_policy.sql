-- Every triage decision as the reviewer received it, with the item's segments at decision time (never edited: a
-- later decision for the same item supersedes it); the current answer on under-represented segments, read by holds;
-- and the versioned list of policy-designated segments (each change a new version).
CREATE TABLE review_decisions (
    decision_id uniqueidentifier NOT NULL PRIMARY KEY,
    feedback_id uniqueidentifier NOT NULL,
    decided_at datetimeoffset NOT NULL,
    decided_by nvarchar(64) NOT NULL,
    csm_id nvarchar(64) NOT NULL,
    action int NOT NULL,
    account_id nvarchar(64) NOT NULL,
    segments nvarchar(max) NOT NULL,
    recorded_at datetimeoffset NOT NULL
);
CREATE INDEX ix_review_decisions_decided_at ON review_decisions (decided_at);

CREATE TABLE review_segments (
    attribute nvarchar(128) NOT NULL,
    value nvarchar(128) NOT NULL,
    under_represented bit NOT NULL,
    reasons nvarchar(200) NOT NULL,
    account_share float NULL,
    feedback_share float NULL,
    ratio float NULL,
    p_value float NULL,
    updated_at datetimeoffset NOT NULL,
    PRIMARY KEY (attribute, value)
);

CREATE TABLE review_policy_versions (
    version int NOT NULL PRIMARY KEY,
    segments nvarchar(max) NOT NULL,
    changed_by nvarchar(64) NOT NULL,
    changed_at datetimeoffset NOT NULL
);
