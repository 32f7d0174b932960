CREATE TABLE conformance_outbox (
    id bigint IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    message_id uniqueidentifier NOT NULL,
    correlation_id uniqueidentifier NOT NULL,
    message_type nvarchar(200) NOT NULL,
    body nvarchar(max) NOT NULL,
    created_at datetimeoffset NOT NULL
);
-- Needs 0001's table: running before it fails.
CREATE INDEX ix_conformance_values_batch ON conformance_values (batch_id, happened_at);
INSERT INTO conformance_journal (step) VALUES (2);
