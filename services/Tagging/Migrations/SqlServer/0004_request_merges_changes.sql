-- Request merges (RequestMerged from Prioritization: an item of a merged request belongs to the request it went into)
-- and the log of requests whose similar-request document changed, which every Tagging instance reads to keep its
-- in-memory index current with what other instances recorded (docs/tagging/similarity.md).
CREATE TABLE tagging_request_merges (
    request_id uniqueidentifier NOT NULL PRIMARY KEY,
    into_id uniqueidentifier NOT NULL,
    merged_at datetimeoffset NOT NULL
);

CREATE TABLE tagging_request_changes (
    seq bigint IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    request_id uniqueidentifier NOT NULL,
    changed_at datetimeoffset NOT NULL
);
CREATE INDEX ix_tagging_request_changes_at ON tagging_request_changes (changed_at);
