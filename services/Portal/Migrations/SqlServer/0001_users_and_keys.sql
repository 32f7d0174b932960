-- The portal's users (passwords hashed with ASP.NET Core's PasswordHasher) and their API keys (stored as SHA-256 only).
CREATE TABLE portal_users (
    user_id uniqueidentifier NOT NULL PRIMARY KEY,
    user_name nvarchar(100) NOT NULL UNIQUE,
    display_name nvarchar(400) NOT NULL,
    role nvarchar(20) NOT NULL,
    password_hash nvarchar(max) NOT NULL,
    access_version int NOT NULL,
    is_active bit NOT NULL,
    failed_sign_ins int NOT NULL,
    locked_until datetimeoffset NULL,
    created_at datetimeoffset NOT NULL,
    changed_at datetimeoffset NOT NULL
);

CREATE TABLE portal_api_keys (
    key_id uniqueidentifier NOT NULL PRIMARY KEY,
    user_id uniqueidentifier NOT NULL REFERENCES portal_users (user_id),
    name nvarchar(400) NOT NULL,
    access_version int NOT NULL,
    key_hash char(64) NOT NULL UNIQUE,
    created_by nvarchar(400) NOT NULL,
    created_at datetimeoffset NOT NULL,
    revoked_at datetimeoffset NULL,
    revoked_by nvarchar(400) NULL
);
CREATE INDEX ix_portal_api_keys_user ON portal_api_keys (user_id);

CREATE TABLE portal_outbox (
    id bigint IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    message_id uniqueidentifier NOT NULL,
    correlation_id uniqueidentifier NOT NULL,
    message_type nvarchar(200) NOT NULL,
    body nvarchar(max) NOT NULL,
    created_at datetimeoffset NOT NULL
);
