CREATE TABLE conformance_stages (
    item_id uuid NOT NULL PRIMARY KEY,
    recorded_at timestamptz NOT NULL
);
CREATE TABLE conformance_accounts (
    id uuid NOT NULL PRIMARY KEY,
    email text NOT NULL
);
CREATE UNIQUE INDEX ux_conformance_accounts_email ON conformance_accounts (email);
INSERT INTO conformance_journal (step) VALUES (3);
