-- The audit log: append-only, each record's hash chained to the previous one (docs/audit.md), and the signed
-- checkpoints of its head. The triggers refuse UPDATE, DELETE and TRUNCATE on both; corrections are new records.
-- payload is text, not jsonb: the hash covers its exact bytes, which jsonb would reorder.
CREATE TABLE review_audit_log (
    seq bigint NOT NULL PRIMARY KEY,
    recorded_at timestamptz NOT NULL,
    actor text NOT NULL,
    type text NOT NULL,
    payload text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    source_id text NOT NULL
);
CREATE UNIQUE INDEX ux_review_audit_log_source ON review_audit_log (source_id);

CREATE TABLE review_audit_checkpoints (
    seq bigint NOT NULL PRIMARY KEY REFERENCES review_audit_log (seq),
    head_hash text NOT NULL,
    signed_at timestamptz NOT NULL,
    signature text NOT NULL,
    key_id text NOT NULL
);

CREATE FUNCTION review_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER review_audit_log_append_only BEFORE UPDATE OR DELETE ON review_audit_log
    FOR EACH ROW EXECUTE FUNCTION review_audit_refuse_change();
CREATE TRIGGER review_audit_log_no_truncate BEFORE TRUNCATE ON review_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION review_audit_refuse_change();
CREATE TRIGGER review_audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON review_audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION review_audit_refuse_change();
CREATE TRIGGER review_audit_checkpoints_no_truncate BEFORE TRUNCATE ON review_audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION review_audit_refuse_change();
