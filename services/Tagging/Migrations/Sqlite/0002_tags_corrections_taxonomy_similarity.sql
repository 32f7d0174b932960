-- The tags of each item (key columns for queries, every tag with its confidence and why in tags_json), the item's text
-- with personal data masked (for similar requests and corrections), corrections as records, taxonomy versions, the
-- learned kind model and which request each triaged item belongs to (the similar-request documents).
ALTER TABLE tagging_items ADD COLUMN masked_text TEXT NOT NULL DEFAULT '';
ALTER TABLE tagging_items ADD COLUMN language TEXT NULL;
ALTER TABLE tagging_items ADD COLUMN sentiment TEXT NULL;
ALTER TABLE tagging_items ADD COLUMN kinds TEXT NULL;
ALTER TABLE tagging_items ADD COLUMN churn_risk INTEGER NULL;
ALTER TABLE tagging_items ADD COLUMN area_id TEXT NULL;
ALTER TABLE tagging_items ADD COLUMN theme_id TEXT NULL;
ALTER TABLE tagging_items ADD COLUMN severity REAL NULL;
ALTER TABLE tagging_items ADD COLUMN similar_request_id TEXT NULL;
ALTER TABLE tagging_items ADD COLUMN similar_score REAL NULL;
ALTER TABLE tagging_items ADD COLUMN kind_model_version INTEGER NULL;
ALTER TABLE tagging_items ADD COLUMN taxonomy_version INTEGER NULL;
ALTER TABLE tagging_items ADD COLUMN tags_json TEXT NULL;

CREATE TABLE tagging_corrections (
    correction_id TEXT NOT NULL PRIMARY KEY,
    feedback_id TEXT NOT NULL,
    corrected_by TEXT NOT NULL,
    corrected_at TEXT NOT NULL,
    kinds TEXT NULL,
    area_id TEXT NULL,
    theme_id TEXT NULL,
    sentiment TEXT NULL
);
CREATE INDEX ix_tagging_corrections_item ON tagging_corrections (feedback_id, corrected_at);

CREATE TABLE tagging_taxonomy_versions (
    version INTEGER NOT NULL PRIMARY KEY,
    yaml TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);

-- One row: the kind model with every correction learned so far (replaced on each correction; the corrections are the record).
CREATE TABLE tagging_kind_model (
    slot INTEGER NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL,
    model BLOB NOT NULL,
    saved_at TEXT NOT NULL
);

CREATE TABLE tagging_request_members (
    feedback_id TEXT NOT NULL PRIMARY KEY,
    request_id TEXT NULL,
    decided_at TEXT NOT NULL
);
CREATE INDEX ix_tagging_request_members_request ON tagging_request_members (request_id);

CREATE TABLE tagging_outbox (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    message_type TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
