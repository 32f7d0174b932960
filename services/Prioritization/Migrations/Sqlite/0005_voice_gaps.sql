-- The reviewer's segments with a voice gap (VoiceGapsChanged, replaced whole): their accounts are re-weighted by
-- 1 / ratio, capped, in the score. changed_at is the announcement's time, so an older one never replaces a newer.
CREATE TABLE prioritization_voice_gaps (
    attribute TEXT NOT NULL,
    value TEXT NOT NULL,
    ratio REAL NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (attribute, value)
);
