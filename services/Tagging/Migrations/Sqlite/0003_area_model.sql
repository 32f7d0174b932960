-- One row: the area model learned from area corrections so far (replaced on each one; the corrections are the record).
CREATE TABLE tagging_area_model (
    slot INTEGER NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL,
    model BLOB NOT NULL,
    saved_at TEXT NOT NULL
);
