-- One row: the area model learned from area corrections so far (replaced on each one; the corrections are the record).
CREATE TABLE tagging_area_model (
    slot integer PRIMARY KEY,
    version integer NOT NULL,
    model bytea NOT NULL,
    saved_at timestamptz NOT NULL
);
