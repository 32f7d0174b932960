-- Holds and the two-person rule (docs/review-holds.md): what the customer said (from FeedbackTagged, redacted on
-- erasure), every held or sampled suppression, and the dispositions (one per hold, never edited). Review's outbox
-- carries FeedbackHeld, ReviewResolved and PersonErasureRequested.
CREATE TABLE review_feedback_text (
    feedback_id uuid NOT NULL PRIMARY KEY,
    account_id text NOT NULL,
    text text NOT NULL,
    tagged_at timestamptz NOT NULL
);
CREATE INDEX ix_review_feedback_text_account ON review_feedback_text (account_id);

CREATE TABLE review_holds (
    hold_id uuid NOT NULL PRIMARY KEY,
    decision_id uuid NOT NULL,
    feedback_id uuid NOT NULL,
    correlation_id uuid NOT NULL,
    kind text NOT NULL,
    why text NOT NULL,
    account_id text NOT NULL,
    csm_id text NOT NULL,
    suppressed_by text NOT NULL,
    suppressed_at timestamptz NOT NULL,
    reason text NULL,
    reason_text text NULL,
    held_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_review_holds_decision ON review_holds (decision_id);
CREATE INDEX ix_review_holds_held ON review_holds (held_at);

CREATE TABLE review_dispositions (
    disposition_id uuid NOT NULL PRIMARY KEY,
    hold_id uuid NOT NULL,
    reinstated boolean NOT NULL,
    note text NULL,
    decided_by text NOT NULL,
    decided_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_review_dispositions_hold ON review_dispositions (hold_id);

CREATE TABLE review_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id uuid NOT NULL,
    correlation_id uuid NOT NULL,
    message_type text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL
);
