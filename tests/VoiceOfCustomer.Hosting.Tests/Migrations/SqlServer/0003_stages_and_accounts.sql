CREATE TABLE conformance_stages (
    item_id uniqueidentifier NOT NULL PRIMARY KEY,
    recorded_at datetimeoffset NOT NULL
);
CREATE TABLE conformance_accounts (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    email nvarchar(254) NOT NULL
);
CREATE UNIQUE INDEX ux_conformance_accounts_email ON conformance_accounts (email);
INSERT INTO conformance_journal (step) VALUES (3);
