-- The tags of each item (key columns for queries, every tag with its confidence and why in tags_json), the item's text
-- with personal data masked (for similar requests and corrections), corrections as records, taxonomy versions, the
-- learned kind model and which request each triaged item belongs to (the similar-request documents).
ALTER TABLE tagging_items ADD masked_text nvarchar(max) NOT NULL DEFAULT '';
ALTER TABLE tagging_items ADD language nvarchar(35) NULL;
ALTER TABLE tagging_items ADD sentiment nvarchar(16) NULL;
ALTER TABLE tagging_items ADD kinds nvarchar(200) NULL;
ALTER TABLE tagging_items ADD churn_risk bit NULL;
ALTER TABLE tagging_items ADD area_id nvarchar(100) NULL;
ALTER TABLE tagging_items ADD theme_id nvarchar(100) NULL;
ALTER TABLE tagging_items ADD severity float NULL;
ALTER TABLE tagging_items ADD similar_request_id uniqueidentifier NULL;
ALTER TABLE tagging_items ADD similar_score float NULL;
ALTER TABLE tagging_items ADD kind_model_version int NULL;
ALTER TABLE tagging_items ADD taxonomy_version int NULL;
ALTER TABLE tagging_items ADD tags_json nvarchar(max) NULL;

CREATE TABLE tagging_corrections (
    correction_id uniqueidentifier NOT NULL PRIMARY KEY,
    feedback_id uniqueidentifier NOT NULL,
    corrected_by nvarchar(200) NOT NULL,
    corrected_at datetimeoffset NOT NULL,
    kinds nvarchar(200) NULL,
    area_id nvarchar(100) NULL,
    theme_id nvarchar(100) NULL,
    sentiment nvarchar(16) NULL
);
CREATE INDEX ix_tagging_corrections_item ON tagging_corrections (feedback_id, corrected_at);

CREATE TABLE tagging_taxonomy_versions (
    version int NOT NULL PRIMARY KEY,
    yaml nvarchar(max) NOT NULL,
    sha256 nvarchar(64) NOT NULL,
    changed_by nvarchar(200) NOT NULL,
    changed_at datetimeoffset NOT NULL
);

-- One row: the kind model with every correction learned so far (replaced on each correction; the corrections are the record).
CREATE TABLE tagging_kind_model (
    slot int NOT NULL PRIMARY KEY,
    version int NOT NULL,
    model varbinary(max) NOT NULL,
    saved_at datetimeoffset NOT NULL
);

CREATE TABLE tagging_request_members (
    feedback_id uniqueidentifier NOT NULL PRIMARY KEY,
    request_id uniqueidentifier NULL,
    decided_at datetimeoffset NOT NULL
);
CREATE INDEX ix_tagging_request_members_request ON tagging_request_members (request_id);

CREATE TABLE tagging_outbox (
    id bigint IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    message_id uniqueidentifier NOT NULL,
    correlation_id uniqueidentifier NOT NULL,
    message_type nvarchar(200) NOT NULL,
    body nvarchar(max) NOT NULL,
    created_at datetimeoffset NOT NULL
);
