-- Severity from tagging (0 to 1; null when unknown, which the formula counts as neutral 0.5) of each account's latest
-- item in a request, so the severity term of the score has its input (docs/prioritization.md, "Unknown severity").
ALTER TABLE prioritization_request_accounts ADD COLUMN severity double precision NULL;
