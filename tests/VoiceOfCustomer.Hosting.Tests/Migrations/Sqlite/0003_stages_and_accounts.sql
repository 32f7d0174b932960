CREATE TABLE conformance_stages (
    item_id TEXT NOT NULL PRIMARY KEY,
    recorded_at TEXT NOT NULL
);
CREATE TABLE conformance_accounts (
    id TEXT NOT NULL PRIMARY KEY,
    email TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_conformance_accounts_email ON conformance_accounts (email);
INSERT INTO conformance_journal (step) VALUES (3);
