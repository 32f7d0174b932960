-- What Tagging found about each inbox item (FeedbackTagged.Tags): shown in triage, and the similar request pre-filled
-- as "merge into" when Tagging is sure enough. Severity (0 to 1, null when unknown) is kept for scoring.
ALTER TABLE prioritization_inbox ADD COLUMN language text NULL;
ALTER TABLE prioritization_inbox ADD COLUMN sentiment text NULL;
ALTER TABLE prioritization_inbox ADD COLUMN kinds text NULL;
ALTER TABLE prioritization_inbox ADD COLUMN churn_risk boolean NULL;
ALTER TABLE prioritization_inbox ADD COLUMN area_id text NULL;
ALTER TABLE prioritization_inbox ADD COLUMN theme_id text NULL;
ALTER TABLE prioritization_inbox ADD COLUMN severity double precision NULL;
ALTER TABLE prioritization_inbox ADD COLUMN suggested_request_id uuid NULL;
ALTER TABLE prioritization_inbox ADD COLUMN suggested_score double precision NULL;
ALTER TABLE prioritization_inbox ADD COLUMN suggested_prefill boolean NULL;
