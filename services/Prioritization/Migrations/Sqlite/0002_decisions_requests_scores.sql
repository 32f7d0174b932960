-- Triage: the item's text and its current decision (the decisions themselves are append-only records).
ALTER TABLE prioritization_inbox ADD COLUMN text TEXT NOT NULL DEFAULT '';
ALTER TABLE prioritization_inbox ADD COLUMN importance INTEGER NULL;
ALTER TABLE prioritization_inbox ADD COLUMN decision_id TEXT NULL;
ALTER TABLE prioritization_inbox ADD COLUMN action TEXT NULL;
ALTER TABLE prioritization_inbox ADD COLUMN request_id TEXT NULL;
ALTER TABLE prioritization_inbox ADD COLUMN decided_at TEXT NULL;
CREATE INDEX ix_prioritization_inbox_request ON prioritization_inbox (request_id, account_id);
CREATE INDEX ix_prioritization_inbox_awaiting ON prioritization_inbox (csm_id, queued_at) WHERE decision_id IS NULL;

CREATE TABLE prioritization_decisions (
    decision_id TEXT NOT NULL PRIMARY KEY,
    feedback_id TEXT NOT NULL,
    supersedes TEXT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    action TEXT NOT NULL,
    request_id TEXT NULL,
    new_importance INTEGER NULL,
    reason TEXT NULL,
    reason_text TEXT NULL
);
CREATE INDEX ix_prioritization_decisions_item ON prioritization_decisions (feedback_id, decided_at);

-- Requests: what a PM acts on. ranking_key is the score scaled to a fixed epoch (docs/prioritization.md), so it only
-- changes when the request's accounts change.
CREATE TABLE prioritization_requests (
    request_id TEXT NOT NULL PRIMARY KEY,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    status_reason TEXT NULL,
    merged_into TEXT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ranking_key REAL NOT NULL,
    revenue_total NUMERIC NOT NULL,
    reach INTEGER NOT NULL,
    formula_version INTEGER NOT NULL,
    scored_at TEXT NOT NULL
);
CREATE INDEX ix_prioritization_requests_rank ON prioritization_requests (ranking_key DESC, request_id) WHERE merged_into IS NULL;
CREATE INDEX ix_prioritization_requests_status_rank ON prioritization_requests (status, ranking_key DESC, request_id) WHERE merged_into IS NULL;

-- Each account counts once per request, with its latest assessment.
CREATE TABLE prioritization_request_accounts (
    request_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    importance INTEGER NOT NULL,
    goal_proximity INTEGER NOT NULL,
    latest_at TEXT NOT NULL,
    items INTEGER NOT NULL,
    PRIMARY KEY (request_id, account_id)
);
CREATE INDEX ix_prioritization_request_accounts_account ON prioritization_request_accounts (account_id);

-- Every change to a request, as a record: created, renamed, status, merged.
CREATE TABLE prioritization_request_changes (
    change_id TEXT NOT NULL PRIMARY KEY,
    request_id TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    old_value TEXT NULL,
    new_value TEXT NULL
);
CREATE INDEX ix_prioritization_request_changes_request ON prioritization_request_changes (request_id, changed_at);

-- Prioritization's copy of the accounts' segments and revenue (from AccountsUpserted).
CREATE TABLE prioritization_accounts (
    account_id TEXT NOT NULL PRIMARY KEY,
    region TEXT NOT NULL,
    country TEXT NOT NULL,
    language TEXT NOT NULL,
    size_band TEXT NOT NULL,
    industry TEXT NOT NULL,
    plan_tier TEXT NOT NULL,
    arr NUMERIC NOT NULL,
    custom TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Items the reviewer holds for a second look (FeedbackHeld until ReviewResolved).
CREATE TABLE prioritization_holds (
    hold_id TEXT NOT NULL PRIMARY KEY,
    feedback_id TEXT NOT NULL,
    held_at TEXT NOT NULL,
    why TEXT NOT NULL,
    resolved_at TEXT NULL
);
CREATE INDEX ix_prioritization_holds_item ON prioritization_holds (feedback_id);

-- Closing the loop: CSMs whose customers asked hear when a request's status changes.
CREATE TABLE prioritization_notifications (
    notification_id TEXT NOT NULL PRIMARY KEY,
    csm_id TEXT NOT NULL,
    request_id TEXT NOT NULL,
    message TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT NULL
);
CREATE INDEX ix_prioritization_notifications_csm ON prioritization_notifications (csm_id, created_at);

CREATE TABLE prioritization_outbox (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    message_type TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
