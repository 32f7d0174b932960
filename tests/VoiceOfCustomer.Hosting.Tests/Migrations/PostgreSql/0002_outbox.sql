CREATE TABLE conformance_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id uuid NOT NULL,
    correlation_id uuid NOT NULL,
    message_type text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL
);
-- Needs 0001's table: running before it fails.
CREATE INDEX ix_conformance_values_batch ON conformance_values (batch_id, happened_at);
INSERT INTO conformance_journal (step) VALUES (2);
