-- Each migration writes its step to the journal, so the order they ran in can be read back.
CREATE TABLE conformance_journal (
    seq INTEGER PRIMARY KEY,
    step INTEGER NOT NULL
);
INSERT INTO conformance_journal (step) VALUES (1);

-- Column types as the services declare them on SQLite (no uuid, timestamp or decimal type).
CREATE TABLE conformance_values (
    id TEXT NOT NULL PRIMARY KEY,
    batch_id TEXT NOT NULL,
    happened_at TEXT NOT NULL,
    seen_at TEXT NULL,
    parent_id TEXT NULL,
    amount NUMERIC NOT NULL,
    discount NUMERIC NULL,
    quantity INTEGER NOT NULL,
    quota INTEGER NULL,
    body TEXT NOT NULL
);
