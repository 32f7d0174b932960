-- The portal's users (passwords hashed with ASP.NET Core's PasswordHasher) and their API keys (stored as SHA-256 only).
CREATE TABLE portal_users (
    user_id TEXT NOT NULL PRIMARY KEY,
    user_name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    access_version INTEGER NOT NULL,
    is_active INTEGER NOT NULL,
    failed_sign_ins INTEGER NOT NULL,
    locked_until TEXT NULL,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL
);

CREATE TABLE portal_api_keys (
    key_id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES portal_users (user_id),
    name TEXT NOT NULL,
    access_version INTEGER NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL,
    revoked_by TEXT NULL
);
CREATE INDEX ix_portal_api_keys_user ON portal_api_keys (user_id);

CREATE TABLE portal_outbox (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    message_type TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
