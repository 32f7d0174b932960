-- Triage: the item's text and its current decision (the decisions themselves are append-only records).
ALTER TABLE prioritization_inbox ADD text nvarchar(max) NOT NULL DEFAULT '';
ALTER TABLE prioritization_inbox ADD importance int NULL;
ALTER TABLE prioritization_inbox ADD decision_id uniqueidentifier NULL;
ALTER TABLE prioritization_inbox ADD action nvarchar(200) NULL;
ALTER TABLE prioritization_inbox ADD request_id uniqueidentifier NULL;
ALTER TABLE prioritization_inbox ADD decided_at datetimeoffset NULL;
CREATE INDEX ix_prioritization_inbox_request ON prioritization_inbox (request_id, account_id);
CREATE INDEX ix_prioritization_inbox_awaiting ON prioritization_inbox (csm_id, queued_at) WHERE decision_id IS NULL;

CREATE TABLE prioritization_decisions (
    decision_id uniqueidentifier NOT NULL PRIMARY KEY,
    feedback_id uniqueidentifier NOT NULL,
    supersedes uniqueidentifier NULL,
    decided_by nvarchar(200) NOT NULL,
    decided_at datetimeoffset NOT NULL,
    action nvarchar(200) NOT NULL,
    request_id uniqueidentifier NULL,
    new_importance int NULL,
    reason nvarchar(200) NULL,
    reason_text nvarchar(max) NULL
);
CREATE INDEX ix_prioritization_decisions_item ON prioritization_decisions (feedback_id, decided_at);

-- Requests: what a PM acts on. ranking_key is the score scaled to a fixed epoch (docs/prioritization.md), so it only
-- changes when the request's accounts change.
CREATE TABLE prioritization_requests (
    request_id uniqueidentifier NOT NULL PRIMARY KEY,
    title nvarchar(max) NOT NULL,
    status nvarchar(200) NOT NULL,
    status_reason nvarchar(200) NULL,
    merged_into uniqueidentifier NULL,
    created_by nvarchar(200) NOT NULL,
    created_at datetimeoffset NOT NULL,
    updated_at datetimeoffset NOT NULL,
    ranking_key float NOT NULL,
    revenue_total decimal(20, 2) NOT NULL,
    reach int NOT NULL,
    formula_version int NOT NULL,
    scored_at datetimeoffset NOT NULL
);
CREATE INDEX ix_prioritization_requests_rank ON prioritization_requests (ranking_key DESC, request_id) WHERE merged_into IS NULL;
CREATE INDEX ix_prioritization_requests_status_rank ON prioritization_requests (status, ranking_key DESC, request_id) WHERE merged_into IS NULL;

-- Each account counts once per request, with its latest assessment.
CREATE TABLE prioritization_request_accounts (
    request_id uniqueidentifier NOT NULL,
    account_id nvarchar(200) NOT NULL,
    importance int NOT NULL,
    goal_proximity int NOT NULL,
    latest_at datetimeoffset NOT NULL,
    items int NOT NULL,
    PRIMARY KEY (request_id, account_id)
);
CREATE INDEX ix_prioritization_request_accounts_account ON prioritization_request_accounts (account_id);

-- Every change to a request, as a record: created, renamed, status, merged.
CREATE TABLE prioritization_request_changes (
    change_id uniqueidentifier NOT NULL PRIMARY KEY,
    request_id uniqueidentifier NOT NULL,
    changed_by nvarchar(200) NOT NULL,
    changed_at datetimeoffset NOT NULL,
    kind nvarchar(200) NOT NULL,
    old_value nvarchar(max) NULL,
    new_value nvarchar(max) NULL
);
CREATE INDEX ix_prioritization_request_changes_request ON prioritization_request_changes (request_id, changed_at);

-- Prioritization's copy of the accounts' segments and revenue (from AccountsUpserted).
CREATE TABLE prioritization_accounts (
    account_id nvarchar(200) NOT NULL PRIMARY KEY,
    region nvarchar(200) NOT NULL,
    country nvarchar(200) NOT NULL,
    language nvarchar(200) NOT NULL,
    size_band nvarchar(200) NOT NULL,
    industry nvarchar(200) NOT NULL,
    plan_tier nvarchar(200) NOT NULL,
    arr decimal(18, 2) NOT NULL,
    custom nvarchar(max) NOT NULL,
    updated_at datetimeoffset NOT NULL
);

-- Items the reviewer holds for a second look (FeedbackHeld until ReviewResolved).
CREATE TABLE prioritization_holds (
    hold_id uniqueidentifier NOT NULL PRIMARY KEY,
    feedback_id uniqueidentifier NOT NULL,
    held_at datetimeoffset NOT NULL,
    why nvarchar(max) NOT NULL,
    resolved_at datetimeoffset NULL
);
CREATE INDEX ix_prioritization_holds_item ON prioritization_holds (feedback_id);

-- Closing the loop: CSMs whose customers asked hear when a request's status changes.
CREATE TABLE prioritization_notifications (
    notification_id uniqueidentifier NOT NULL PRIMARY KEY,
    csm_id nvarchar(200) NOT NULL,
    request_id uniqueidentifier NOT NULL,
    message nvarchar(max) NOT NULL,
    created_at datetimeoffset NOT NULL,
    read_at datetimeoffset NULL
);
CREATE INDEX ix_prioritization_notifications_csm ON prioritization_notifications (csm_id, created_at);

CREATE TABLE prioritization_outbox (
    id bigint IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    message_id uniqueidentifier NOT NULL,
    correlation_id uniqueidentifier NOT NULL,
    message_type nvarchar(200) NOT NULL,
    body nvarchar(max) NOT NULL,
    created_at datetimeoffset NOT NULL
);
