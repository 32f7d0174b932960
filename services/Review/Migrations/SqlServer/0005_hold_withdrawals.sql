-- A hold whose suppression the CSM took back (a later forward, merge or deprioritization of the item) is withdrawn:
-- nothing is left for a second person to decide (docs/review-holds.md). One row per hold, never edited.
CREATE TABLE review_withdrawals (
    hold_id uniqueidentifier NOT NULL PRIMARY KEY,
    decision_id uniqueidentifier NOT NULL,
    action nvarchar(32) NOT NULL,
    withdrawn_by nvarchar(64) NOT NULL,
    withdrawn_at datetimeoffset NOT NULL
);
