-- This process's copy of who may still act, announced by the portal (UserAccessChanged, ApiKeyRevoked).
CREATE TABLE access_users (
    user_id TEXT NOT NULL PRIMARY KEY,
    access_version INTEGER NOT NULL,
    is_active INTEGER NOT NULL,
    changed_at TEXT NOT NULL
);

CREATE TABLE access_revoked_keys (
    key_id TEXT NOT NULL PRIMARY KEY,
    revoked_at TEXT NOT NULL
);
