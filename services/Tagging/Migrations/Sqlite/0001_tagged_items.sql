-- One row per item Tagging has processed. The taggers themselves (language, sentiment, kind, area) arrive with their own issue.
CREATE TABLE tagging_items (
    feedback_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    declared_language TEXT NULL,
    text_length INTEGER NOT NULL,
    tagged_at TEXT NOT NULL
);
