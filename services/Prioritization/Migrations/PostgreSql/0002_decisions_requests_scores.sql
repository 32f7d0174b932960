-- Triage: the item's text and its current decision (the decisions themselves are append-only records).
ALTER TABLE prioritization_inbox ADD COLUMN text text NOT NULL DEFAULT '';
ALTER TABLE prioritization_inbox ADD COLUMN importance integer NULL;
ALTER TABLE prioritization_inbox ADD COLUMN decision_id uuid NULL;
ALTER TABLE prioritization_inbox ADD COLUMN action text NULL;
ALTER TABLE prioritization_inbox ADD COLUMN request_id uuid NULL;
ALTER TABLE prioritization_inbox ADD COLUMN decided_at timestamptz NULL;
CREATE INDEX ix_prioritization_inbox_request ON prioritization_inbox (request_id, account_id);
CREATE INDEX ix_prioritization_inbox_awaiting ON prioritization_inbox (csm_id, queued_at) WHERE decision_id IS NULL;

CREATE TABLE prioritization_decisions (
    decision_id uuid NOT NULL PRIMARY KEY,
    feedback_id uuid NOT NULL,
    supersedes uuid NULL,
    decided_by text NOT NULL,
    decided_at timestamptz NOT NULL,
    action text NOT NULL,
    request_id uuid NULL,
    new_importance integer NULL,
    reason text NULL,
    reason_text text NULL
);
CREATE INDEX ix_prioritization_decisions_item ON prioritization_decisions (feedback_id, decided_at);

-- Requests: what a PM acts on. ranking_key is the score scaled to a fixed epoch (docs/prioritization.md), so it only
-- changes when the request's accounts change.
CREATE TABLE prioritization_requests (
    request_id uuid NOT NULL PRIMARY KEY,
    title text NOT NULL,
    status text NOT NULL,
    status_reason text NULL,
    merged_into uuid NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    ranking_key double precision NOT NULL,
    revenue_total numeric(20, 2) NOT NULL,
    reach integer NOT NULL,
    formula_version integer NOT NULL,
    scored_at timestamptz NOT NULL
);
CREATE INDEX ix_prioritization_requests_rank ON prioritization_requests (ranking_key DESC, request_id) WHERE merged_into IS NULL;
CREATE INDEX ix_prioritization_requests_status_rank ON prioritization_requests (status, ranking_key DESC, request_id) WHERE merged_into IS NULL;

-- Each account counts once per request, with its latest assessment.
CREATE TABLE prioritization_request_accounts (
    request_id uuid NOT NULL,
    account_id text NOT NULL,
    importance integer NOT NULL,
    goal_proximity integer NOT NULL,
    latest_at timestamptz NOT NULL,
    items integer NOT NULL,
    PRIMARY KEY (request_id, account_id)
);
CREATE INDEX ix_prioritization_request_accounts_account ON prioritization_request_accounts (account_id);

-- Every change to a request, as a record: created, renamed, status, merged.
CREATE TABLE prioritization_request_changes (
    change_id uuid NOT NULL PRIMARY KEY,
    request_id uuid NOT NULL,
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL,
    kind text NOT NULL,
    old_value text NULL,
    new_value text NULL
);
CREATE INDEX ix_prioritization_request_changes_request ON prioritization_request_changes (request_id, changed_at);

-- Prioritization's copy of the accounts' segments and revenue (from AccountsUpserted).
CREATE TABLE prioritization_accounts (
    account_id text NOT NULL PRIMARY KEY,
    region text NOT NULL,
    country text NOT NULL,
    language text NOT NULL,
    size_band text NOT NULL,
    industry text NOT NULL,
    plan_tier text NOT NULL,
    arr numeric(18, 2) NOT NULL,
    custom text NOT NULL,
    updated_at timestamptz NOT NULL
);

-- Items the reviewer holds for a second look (FeedbackHeld until ReviewResolved).
CREATE TABLE prioritization_holds (
    hold_id uuid NOT NULL PRIMARY KEY,
    feedback_id uuid NOT NULL,
    held_at timestamptz NOT NULL,
    why text NOT NULL,
    resolved_at timestamptz NULL
);
CREATE INDEX ix_prioritization_holds_item ON prioritization_holds (feedback_id);

-- Closing the loop: CSMs whose customers asked hear when a request's status changes.
CREATE TABLE prioritization_notifications (
    notification_id uuid NOT NULL PRIMARY KEY,
    csm_id text NOT NULL,
    request_id uuid NOT NULL,
    message text NOT NULL,
    created_at timestamptz NOT NULL,
    read_at timestamptz NULL
);
CREATE INDEX ix_prioritization_notifications_csm ON prioritization_notifications (csm_id, created_at);

CREATE TABLE prioritization_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id uuid NOT NULL,
    correlation_id uuid NOT NULL,
    message_type text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL
);
