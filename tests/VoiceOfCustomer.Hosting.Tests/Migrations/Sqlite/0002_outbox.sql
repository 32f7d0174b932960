CREATE TABLE conformance_outbox (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    message_type TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
-- Needs 0001's table: running before it fails.
CREATE INDEX ix_conformance_values_batch ON conformance_values (batch_id, happened_at);
INSERT INTO conformance_journal (step) VALUES (2);
