-- Each migration writes its step to the journal, so the order they ran in can be read back.
CREATE TABLE conformance_journal (
    seq int IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    step int NOT NULL
);
INSERT INTO conformance_journal (step) VALUES (1);
GO
CREATE TABLE conformance_values (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    batch_id uniqueidentifier NOT NULL,
    happened_at datetimeoffset NOT NULL,
    seen_at datetimeoffset NULL,
    parent_id uniqueidentifier NULL,
    amount decimal(18, 2) NOT NULL,
    discount decimal(18, 2) NULL,
    quantity bigint NOT NULL,
    quota bigint NULL,
    body nvarchar(max) NOT NULL
);
