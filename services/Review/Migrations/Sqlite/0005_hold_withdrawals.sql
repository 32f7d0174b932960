-- A hold whose suppression the CSM took back (a later forward, merge or deprioritization of the item) is withdrawn:
-- nothing is left for a second person to decide (docs/review-holds.md). One row per hold, never edited.
CREATE TABLE review_withdrawals (
    hold_id TEXT NOT NULL PRIMARY KEY,
    decision_id TEXT NOT NULL,
    action TEXT NOT NULL,
    withdrawn_by TEXT NOT NULL,
    withdrawn_at TEXT NOT NULL
);
