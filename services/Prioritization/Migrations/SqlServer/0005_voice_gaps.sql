-- The reviewer's segments with a voice gap (VoiceGapsChanged, replaced whole): their accounts are re-weighted by
-- 1 / ratio, capped, in the score. changed_at is the announcement's time, so an older one never replaces a newer.
CREATE TABLE prioritization_voice_gaps (
    attribute nvarchar(128) NOT NULL,
    value nvarchar(128) NOT NULL,
    ratio float NOT NULL,
    changed_at datetimeoffset NOT NULL,
    PRIMARY KEY (attribute, value)
);
