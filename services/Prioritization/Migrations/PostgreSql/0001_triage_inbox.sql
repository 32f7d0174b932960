-- Items waiting for their CSM's triage decision. Decisions, requests and scores arrive with the triage issue.
CREATE TABLE prioritization_inbox (
    feedback_id uuid NOT NULL PRIMARY KEY,
    account_id text NOT NULL,
    csm_id text NOT NULL,
    source_channel text NOT NULL,
    csm_importance integer NOT NULL,
    goal_proximity integer NOT NULL,
    declared_language text NULL,
    occurred_at timestamptz NOT NULL,
    queued_at timestamptz NOT NULL
);
CREATE INDEX ix_prioritization_inbox_csm ON prioritization_inbox (csm_id, queued_at);
