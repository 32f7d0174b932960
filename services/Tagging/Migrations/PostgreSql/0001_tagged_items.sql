-- One row per item Tagging has processed. The taggers themselves (language, sentiment, kind, area) arrive with their own issue.
CREATE TABLE tagging_items (
    feedback_id uuid PRIMARY KEY,
    account_id text NOT NULL,
    declared_language text NULL,
    text_length integer NOT NULL,
    tagged_at timestamptz NOT NULL
);
