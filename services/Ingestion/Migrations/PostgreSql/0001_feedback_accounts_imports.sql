CREATE TABLE ingestion_accounts (
    account_id text PRIMARY KEY,
    name text NOT NULL,
    region text NOT NULL,
    country text NOT NULL,
    language text NOT NULL,
    size_band text NOT NULL,
    industry text NOT NULL,
    plan_tier text NOT NULL,
    arr numeric(18, 2) NOT NULL,
    custom text NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE ingestion_feedback (
    feedback_id uuid PRIMARY KEY,
    correlation_id uuid NOT NULL,
    account_id text NOT NULL,
    contact_name text NULL,
    contact_email text NULL,
    text text NOT NULL,
    source_channel text NOT NULL,
    csm_id text NOT NULL,
    csm_importance integer NOT NULL,
    business_goal text NULL,
    goal_proximity integer NOT NULL,
    declared_language text NULL,
    occurred_at timestamptz NOT NULL,
    submitted_at timestamptz NOT NULL,
    idempotency_key text NULL,
    request_hash text NOT NULL,
    import_job_id uuid NULL,
    stage integer NOT NULL,
    stage_changed_at timestamptz NOT NULL,
    nudged_at timestamptz NULL
);
CREATE UNIQUE INDEX ix_ingestion_feedback_idempotency_key ON ingestion_feedback (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_ingestion_feedback_stage ON ingestion_feedback (stage, stage_changed_at);
CREATE INDEX ix_ingestion_feedback_account ON ingestion_feedback (account_id, submitted_at);
CREATE INDEX ix_ingestion_feedback_csm ON ingestion_feedback (csm_id, submitted_at);
CREATE INDEX ix_ingestion_feedback_submitted ON ingestion_feedback (submitted_at);

CREATE TABLE ingestion_stage_history (
    feedback_id uuid NOT NULL,
    stage integer NOT NULL,
    reached_at timestamptz NOT NULL,
    PRIMARY KEY (feedback_id, stage)
);

CREATE TABLE ingestion_import_jobs (
    job_id uuid PRIMARY KEY,
    kind text NOT NULL,
    file_name text NOT NULL,
    status text NOT NULL,
    rows_read integer NOT NULL,
    rows_accepted integer NOT NULL,
    rows_rejected integer NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NULL,
    failure text NULL
);

CREATE TABLE ingestion_import_errors (
    job_id uuid NOT NULL,
    line integer NOT NULL,
    field text NOT NULL,
    message text NOT NULL,
    PRIMARY KEY (job_id, line, field)
);

CREATE TABLE ingestion_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id uuid NOT NULL,
    correlation_id uuid NOT NULL,
    message_type text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL
);
