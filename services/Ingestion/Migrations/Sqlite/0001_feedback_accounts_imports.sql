CREATE TABLE ingestion_accounts (
    account_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    country TEXT NOT NULL,
    language TEXT NOT NULL,
    size_band TEXT NOT NULL,
    industry TEXT NOT NULL,
    plan_tier TEXT NOT NULL,
    arr NUMERIC NOT NULL,
    custom TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE ingestion_feedback (
    feedback_id TEXT PRIMARY KEY,
    correlation_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    contact_name TEXT NULL,
    contact_email TEXT NULL,
    text TEXT NOT NULL,
    source_channel TEXT NOT NULL,
    csm_id TEXT NOT NULL,
    csm_importance INTEGER NOT NULL,
    business_goal TEXT NULL,
    goal_proximity INTEGER NOT NULL,
    declared_language TEXT NULL,
    occurred_at TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    idempotency_key TEXT NULL,
    request_hash TEXT NOT NULL,
    import_job_id TEXT NULL,
    stage INTEGER NOT NULL,
    stage_changed_at TEXT NOT NULL,
    nudged_at TEXT NULL
);
CREATE UNIQUE INDEX ix_ingestion_feedback_idempotency_key ON ingestion_feedback (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_ingestion_feedback_stage ON ingestion_feedback (stage, stage_changed_at);
CREATE INDEX ix_ingestion_feedback_account ON ingestion_feedback (account_id, submitted_at);
CREATE INDEX ix_ingestion_feedback_csm ON ingestion_feedback (csm_id, submitted_at);
CREATE INDEX ix_ingestion_feedback_submitted ON ingestion_feedback (submitted_at);

CREATE TABLE ingestion_stage_history (
    feedback_id TEXT NOT NULL,
    stage INTEGER NOT NULL,
    reached_at TEXT NOT NULL,
    PRIMARY KEY (feedback_id, stage)
);

CREATE TABLE ingestion_import_jobs (
    job_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    status TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_accepted INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NULL,
    failure TEXT NULL
);

CREATE TABLE ingestion_import_errors (
    job_id TEXT NOT NULL,
    line INTEGER NOT NULL,
    field TEXT NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (job_id, line, field)
);

CREATE TABLE ingestion_outbox (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    message_type TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
