-- This process's copy of who may still act, announced by the portal (UserAccessChanged, ApiKeyRevoked).
CREATE TABLE access_users (
    user_id uniqueidentifier NOT NULL PRIMARY KEY,
    access_version int NOT NULL,
    is_active bit NOT NULL,
    changed_at datetimeoffset NOT NULL
);

CREATE TABLE access_revoked_keys (
    key_id uniqueidentifier NOT NULL PRIMARY KEY,
    revoked_at datetimeoffset NOT NULL
);
