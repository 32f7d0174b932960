CREATE TABLE ingestion_accounts (
    account_id nvarchar(64) NOT NULL PRIMARY KEY,
    name nvarchar(200) NOT NULL,
    region nvarchar(64) NOT NULL,
    country nvarchar(2) NOT NULL,
    language nvarchar(35) NOT NULL,
    size_band nvarchar(16) NOT NULL,
    industry nvarchar(64) NOT NULL,
    plan_tier nvarchar(64) NOT NULL,
    arr decimal(18, 2) NOT NULL,
    custom nvarchar(max) NOT NULL,
    created_at datetimeoffset NOT NULL,
    updated_at datetimeoffset NOT NULL
);

CREATE TABLE ingestion_feedback (
    feedback_id uniqueidentifier NOT NULL PRIMARY KEY NONCLUSTERED,
    correlation_id uniqueidentifier NOT NULL,
    account_id nvarchar(64) NOT NULL,
    contact_name nvarchar(200) NULL,
    contact_email nvarchar(254) NULL,
    text nvarchar(max) NOT NULL,
    source_channel nvarchar(32) NOT NULL,
    csm_id nvarchar(64) NOT NULL,
    csm_importance int NOT NULL,
    business_goal nvarchar(500) NULL,
    goal_proximity int NOT NULL,
    declared_language nvarchar(35) NULL,
    occurred_at datetimeoffset NOT NULL,
    submitted_at datetimeoffset NOT NULL,
    idempotency_key nvarchar(200) NULL,
    request_hash char(64) NOT NULL,
    import_job_id uniqueidentifier NULL,
    stage int NOT NULL,
    stage_changed_at datetimeoffset NOT NULL,
    nudged_at datetimeoffset NULL
);
CREATE UNIQUE INDEX ix_ingestion_feedback_idempotency_key ON ingestion_feedback (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_ingestion_feedback_stage ON ingestion_feedback (stage, stage_changed_at);
CREATE INDEX ix_ingestion_feedback_account ON ingestion_feedback (account_id, submitted_at);
CREATE INDEX ix_ingestion_feedback_csm ON ingestion_feedback (csm_id, submitted_at);
CREATE CLUSTERED INDEX ix_ingestion_feedback_submitted ON ingestion_feedback (submitted_at);

CREATE TABLE ingestion_stage_history (
    feedback_id uniqueidentifier NOT NULL,
    stage int NOT NULL,
    reached_at datetimeoffset NOT NULL,
    PRIMARY KEY (feedback_id, stage)
);

CREATE TABLE ingestion_import_jobs (
    job_id uniqueidentifier NOT NULL PRIMARY KEY,
    kind nvarchar(16) NOT NULL,
    file_name nvarchar(260) NOT NULL,
    status nvarchar(16) NOT NULL,
    rows_read int NOT NULL,
    rows_accepted int NOT NULL,
    rows_rejected int NOT NULL,
    started_at datetimeoffset NOT NULL,
    finished_at datetimeoffset NULL,
    failure nvarchar(max) NULL
);

CREATE TABLE ingestion_import_errors (
    job_id uniqueidentifier NOT NULL,
    line int NOT NULL,
    field nvarchar(64) NOT NULL,
    message nvarchar(500) NOT NULL,
    PRIMARY KEY (job_id, line, field)
);

CREATE TABLE ingestion_outbox (
    id bigint IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    message_id uniqueidentifier NOT NULL,
    correlation_id uniqueidentifier NOT NULL,
    message_type nvarchar(200) NOT NULL,
    body nvarchar(max) NOT NULL,
    created_at datetimeoffset NOT NULL
);
