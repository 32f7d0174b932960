-- The audit log: append-only, each record's hash chained to the previous one (docs/audit.md), and the signed
-- checkpoints of its head. The triggers refuse UPDATE and DELETE on both; TRUNCATE of the log is refused because
-- the checkpoints reference it. Corrections are new records.
CREATE TABLE review_audit_log (
    seq bigint NOT NULL PRIMARY KEY,
    recorded_at datetimeoffset(7) NOT NULL,
    actor nvarchar(200) NOT NULL,
    type nvarchar(100) NOT NULL,
    payload nvarchar(max) NOT NULL,
    prev_hash char(64) NOT NULL,
    hash char(64) NOT NULL,
    source_id nvarchar(200) NOT NULL
);
CREATE UNIQUE INDEX ux_review_audit_log_source ON review_audit_log (source_id);

CREATE TABLE review_audit_checkpoints (
    seq bigint NOT NULL PRIMARY KEY REFERENCES review_audit_log (seq),
    head_hash char(64) NOT NULL,
    signed_at datetimeoffset(7) NOT NULL,
    signature nvarchar(200) NOT NULL,
    key_id nvarchar(64) NOT NULL
);
GO
CREATE TRIGGER review_audit_log_append_only ON review_audit_log INSTEAD OF UPDATE, DELETE AS
BEGIN
    THROW 50001, 'review_audit_log is append-only: UPDATE and DELETE are refused.', 1;
END
GO
CREATE TRIGGER review_audit_checkpoints_append_only ON review_audit_checkpoints INSTEAD OF UPDATE, DELETE AS
BEGIN
    THROW 50001, 'review_audit_checkpoints is append-only: UPDATE and DELETE are refused.', 1;
END
GO
