-- The audit log: append-only, each record's hash chained to the previous one (docs/audit.md), and the signed
-- checkpoints of its head. The triggers refuse UPDATE and DELETE on both; corrections are new records.
CREATE TABLE review_audit_log (
    seq INTEGER NOT NULL PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    source_id TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_review_audit_log_source ON review_audit_log (source_id);

CREATE TABLE review_audit_checkpoints (
    seq INTEGER NOT NULL PRIMARY KEY REFERENCES review_audit_log (seq),
    head_hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    signature TEXT NOT NULL,
    key_id TEXT NOT NULL
);

CREATE TRIGGER review_audit_log_no_update BEFORE UPDATE ON review_audit_log
BEGIN
    SELECT RAISE(ABORT, 'review_audit_log is append-only: UPDATE is refused');
END;
CREATE TRIGGER review_audit_log_no_delete BEFORE DELETE ON review_audit_log
BEGIN
    SELECT RAISE(ABORT, 'review_audit_log is append-only: DELETE is refused');
END;
CREATE TRIGGER review_audit_checkpoints_no_update BEFORE UPDATE ON review_audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'review_audit_checkpoints is append-only: UPDATE is refused');
END;
CREATE TRIGGER review_audit_checkpoints_no_delete BEFORE DELETE ON review_audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'review_audit_checkpoints is append-only: DELETE is refused');
END;
