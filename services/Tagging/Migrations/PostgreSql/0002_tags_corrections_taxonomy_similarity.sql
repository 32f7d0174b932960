-- The tags of each item (key columns for queries, every tag with its confidence and why in tags_json), the item's text
-- with personal data masked (for similar requests and corrections), corrections as records, taxonomy versions, the
-- learned kind model and which request each triaged item belongs to (the similar-request documents).
ALTER TABLE tagging_items ADD COLUMN masked_text text NOT NULL DEFAULT '';
ALTER TABLE tagging_items ADD COLUMN language text NULL;
ALTER TABLE tagging_items ADD COLUMN sentiment text NULL;
ALTER TABLE tagging_items ADD COLUMN kinds text NULL;
ALTER TABLE tagging_items ADD COLUMN churn_risk boolean NULL;
ALTER TABLE tagging_items ADD COLUMN area_id text NULL;
ALTER TABLE tagging_items ADD COLUMN theme_id text NULL;
ALTER TABLE tagging_items ADD COLUMN severity double precision NULL;
ALTER TABLE tagging_items ADD COLUMN similar_request_id uuid NULL;
ALTER TABLE tagging_items ADD COLUMN similar_score double precision NULL;
ALTER TABLE tagging_items ADD COLUMN kind_model_version integer NULL;
ALTER TABLE tagging_items ADD COLUMN taxonomy_version integer NULL;
ALTER TABLE tagging_items ADD COLUMN tags_json text NULL;

CREATE TABLE tagging_corrections (
    correction_id uuid PRIMARY KEY,
    feedback_id uuid NOT NULL,
    corrected_by text NOT NULL,
    corrected_at timestamptz NOT NULL,
    kinds text NULL,
    area_id text NULL,
    theme_id text NULL,
    sentiment text NULL
);
CREATE INDEX ix_tagging_corrections_item ON tagging_corrections (feedback_id, corrected_at);

CREATE TABLE tagging_taxonomy_versions (
    version integer PRIMARY KEY,
    yaml text NOT NULL,
    sha256 text NOT NULL,
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL
);

-- One row: the kind model with every correction learned so far (replaced on each correction; the corrections are the record).
CREATE TABLE tagging_kind_model (
    slot integer PRIMARY KEY,
    version integer NOT NULL,
    model bytea NOT NULL,
    saved_at timestamptz NOT NULL
);

CREATE TABLE tagging_request_members (
    feedback_id uuid PRIMARY KEY,
    request_id uuid NULL,
    decided_at timestamptz NOT NULL
);
CREATE INDEX ix_tagging_request_members_request ON tagging_request_members (request_id);

CREATE TABLE tagging_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id uuid NOT NULL,
    correlation_id uuid NOT NULL,
    message_type text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL
);
