-- Holds and the two-person rule (docs/review-holds.md): what the customer said (from FeedbackTagged, redacted on
-- erasure), every held or sampled suppression, and the dispositions (one per hold, never edited). Review's outbox
-- carries FeedbackHeld, ReviewResolved and PersonErasureRequested.
CREATE TABLE review_feedback_text (
    feedback_id TEXT NOT NULL PRIMARY KEY,
    account_id TEXT NOT NULL,
    text TEXT NOT NULL,
    tagged_at TEXT NOT NULL
);
CREATE INDEX ix_review_feedback_text_account ON review_feedback_text (account_id);

CREATE TABLE review_holds (
    hold_id TEXT NOT NULL PRIMARY KEY,
    decision_id TEXT NOT NULL,
    feedback_id TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    why TEXT NOT NULL,
    account_id TEXT NOT NULL,
    csm_id TEXT NOT NULL,
    suppressed_by TEXT NOT NULL,
    suppressed_at TEXT NOT NULL,
    reason TEXT NULL,
    reason_text TEXT NULL,
    held_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_review_holds_decision ON review_holds (decision_id);
CREATE INDEX ix_review_holds_held ON review_holds (held_at);

CREATE TABLE review_dispositions (
    disposition_id TEXT NOT NULL PRIMARY KEY,
    hold_id TEXT NOT NULL,
    reinstated INTEGER NOT NULL,
    note TEXT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_review_dispositions_hold ON review_dispositions (hold_id);

CREATE TABLE review_outbox (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    message_type TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
