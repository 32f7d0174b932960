-- What Tagging found about each inbox item (FeedbackTagged.Tags): shown in triage, and the similar request pre-filled
-- as "merge into" when Tagging is sure enough. Severity (0 to 1, null when unknown) is kept for scoring.
ALTER TABLE prioritization_inbox ADD COLUMN language TEXT NULL;
ALTER TABLE prioritization_inbox ADD COLUMN sentiment TEXT NULL;
ALTER TABLE prioritization_inbox ADD COLUMN kinds TEXT NULL;
ALTER TABLE prioritization_inbox ADD COLUMN churn_risk INTEGER NULL;
ALTER TABLE prioritization_inbox ADD COLUMN area_id TEXT NULL;
ALTER TABLE prioritization_inbox ADD COLUMN theme_id TEXT NULL;
ALTER TABLE prioritization_inbox ADD COLUMN severity REAL NULL;
ALTER TABLE prioritization_inbox ADD COLUMN suggested_request_id TEXT NULL;
ALTER TABLE prioritization_inbox ADD COLUMN suggested_score REAL NULL;
ALTER TABLE prioritization_inbox ADD COLUMN suggested_prefill INTEGER NULL;
