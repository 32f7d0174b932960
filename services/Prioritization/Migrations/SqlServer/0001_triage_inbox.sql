-- Items waiting for their CSM's triage decision. Decisions, requests and scores arrive with the triage issue.
CREATE TABLE prioritization_inbox (
    feedback_id uniqueidentifier NOT NULL PRIMARY KEY,
    account_id nvarchar(64) NOT NULL,
    csm_id nvarchar(64) NOT NULL,
    source_channel nvarchar(64) NOT NULL,
    csm_importance int NOT NULL,
    goal_proximity int NOT NULL,
    declared_language nvarchar(64) NULL,
    occurred_at datetimeoffset NOT NULL,
    queued_at datetimeoffset NOT NULL
);
CREATE INDEX ix_prioritization_inbox_csm ON prioritization_inbox (csm_id, queued_at);
