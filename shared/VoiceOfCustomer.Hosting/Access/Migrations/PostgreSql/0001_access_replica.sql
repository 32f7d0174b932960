-- This process's copy of who may still act, announced by the portal (UserAccessChanged, ApiKeyRevoked).
CREATE TABLE access_users (
    user_id uuid NOT NULL PRIMARY KEY,
    access_version integer NOT NULL,
    is_active boolean NOT NULL,
    changed_at timestamptz NOT NULL
);

CREATE TABLE access_revoked_keys (
    key_id uuid NOT NULL PRIMARY KEY,
    revoked_at timestamptz NOT NULL
);
