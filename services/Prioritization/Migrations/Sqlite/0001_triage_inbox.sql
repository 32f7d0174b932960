-- Items waiting for their CSM's triage decision. Decisions, requests and scores arrive with the triage issue.
CREATE TABLE prioritization_inbox (
    feedback_id TEXT NOT NULL PRIMARY KEY,
    account_id TEXT NOT NULL,
    csm_id TEXT NOT NULL,
    source_channel TEXT NOT NULL,
    csm_importance INTEGER NOT NULL,
    goal_proximity INTEGER NOT NULL,
    declared_language TEXT NULL,
    occurred_at TEXT NOT NULL,
    queued_at TEXT NOT NULL
);
CREATE INDEX ix_prioritization_inbox_csm ON prioritization_inbox (csm_id, queued_at);
