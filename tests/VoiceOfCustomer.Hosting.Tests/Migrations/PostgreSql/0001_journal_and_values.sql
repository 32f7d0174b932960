-- Each migration writes its step to the journal, so the order they ran in can be read back.
CREATE TABLE conformance_journal (
    seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    step integer NOT NULL
);
INSERT INTO conformance_journal (step) VALUES (1);

CREATE TABLE conformance_values (
    id uuid NOT NULL PRIMARY KEY,
    batch_id uuid NOT NULL,
    happened_at timestamptz NOT NULL,
    seen_at timestamptz NULL,
    parent_id uuid NULL,
    amount numeric(18, 2) NOT NULL,
    discount numeric(18, 2) NULL,
    quantity bigint NOT NULL,
    quota bigint NULL,
    body text NOT NULL
);
