-- The portal's users (passwords hashed with ASP.NET Core's PasswordHasher) and their API keys (stored as SHA-256 only).
CREATE TABLE portal_users (
    user_id uuid NOT NULL PRIMARY KEY,
    user_name text NOT NULL UNIQUE,
    display_name text NOT NULL,
    role text NOT NULL,
    password_hash text NOT NULL,
    access_version integer NOT NULL,
    is_active boolean NOT NULL,
    failed_sign_ins integer NOT NULL,
    locked_until timestamptz NULL,
    created_at timestamptz NOT NULL,
    changed_at timestamptz NOT NULL
);

CREATE TABLE portal_api_keys (
    key_id uuid NOT NULL PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES portal_users (user_id),
    name text NOT NULL,
    access_version integer NOT NULL,
    key_hash text NOT NULL UNIQUE,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz NULL,
    revoked_by text NULL
);
CREATE INDEX ix_portal_api_keys_user ON portal_api_keys (user_id);

CREATE TABLE portal_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id uuid NOT NULL,
    correlation_id uuid NOT NULL,
    message_type text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL
);
