-- One row: the area model learned from area corrections so far (replaced on each one; the corrections are the record).
CREATE TABLE tagging_area_model (
    slot int NOT NULL PRIMARY KEY,
    version int NOT NULL,
    model varbinary(max) NOT NULL,
    saved_at datetimeoffset NOT NULL
);
