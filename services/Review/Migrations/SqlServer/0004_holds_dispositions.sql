-- Holds and the two-person rule (docs/review-holds.md): what the customer said (from FeedbackTagged, redacted on
-- erasure), every held or sampled suppression, and the dispositions (one per hold, never edited). Review's outbox
-- carries FeedbackHeld, ReviewResolved and PersonErasureRequested.
CREATE TABLE review_feedback_text (
    feedback_id uniqueidentifier NOT NULL PRIMARY KEY,
    account_id nvarchar(64) NOT NULL,
    text nvarchar(max) NOT NULL,
    tagged_at datetimeoffset NOT NULL
);
CREATE INDEX ix_review_feedback_text_account ON review_feedback_text (account_id);

CREATE TABLE review_holds (
    hold_id uniqueidentifier NOT NULL PRIMARY KEY,
    decision_id uniqueidentifier NOT NULL,
    feedback_id uniqueidentifier NOT NULL,
    correlation_id uniqueidentifier NOT NULL,
    kind nvarchar(16) NOT NULL,
    why nvarchar(max) NOT NULL,
    account_id nvarchar(64) NOT NULL,
    csm_id nvarchar(64) NOT NULL,
    suppressed_by nvarchar(64) NOT NULL,
    suppressed_at datetimeoffset NOT NULL,
    reason nvarchar(32) NULL,
    reason_text nvarchar(max) NULL,
    held_at datetimeoffset NOT NULL
);
CREATE UNIQUE INDEX ux_review_holds_decision ON review_holds (decision_id);
CREATE INDEX ix_review_holds_held ON review_holds (held_at);

CREATE TABLE review_dispositions (
    disposition_id uniqueidentifier NOT NULL PRIMARY KEY,
    hold_id uniqueidentifier NOT NULL,
    reinstated bit NOT NULL,
    note nvarchar(max) NULL,
    decided_by nvarchar(64) NOT NULL,
    decided_at datetimeoffset NOT NULL
);
CREATE UNIQUE INDEX ux_review_dispositions_hold ON review_dispositions (hold_id);

CREATE TABLE review_outbox (
    id bigint IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    message_id uniqueidentifier NOT NULL,
    correlation_id uniqueidentifier NOT NULL,
    message_type nvarchar(200) NOT NULL,
    body nvarchar(max) NOT NULL,
    created_at datetimeoffset NOT NULL
);
