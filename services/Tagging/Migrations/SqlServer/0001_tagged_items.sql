-- One row per item Tagging has processed. The taggers themselves (language, sentiment, kind, area) arrive with their own issue.
CREATE TABLE tagging_items (
    feedback_id uniqueidentifier NOT NULL PRIMARY KEY,
    account_id nvarchar(64) NOT NULL,
    declared_language nvarchar(35) NULL,
    text_length int NOT NULL,
    tagged_at datetimeoffset NOT NULL
);
