-- What Tagging found about each inbox item (FeedbackTagged.Tags): shown in triage, and the similar request pre-filled
-- as "merge into" when Tagging is sure enough. Severity (0 to 1, null when unknown) is kept for scoring.
ALTER TABLE prioritization_inbox ADD language nvarchar(35) NULL;
ALTER TABLE prioritization_inbox ADD sentiment nvarchar(16) NULL;
ALTER TABLE prioritization_inbox ADD kinds nvarchar(200) NULL;
ALTER TABLE prioritization_inbox ADD churn_risk bit NULL;
ALTER TABLE prioritization_inbox ADD area_id nvarchar(100) NULL;
ALTER TABLE prioritization_inbox ADD theme_id nvarchar(100) NULL;
ALTER TABLE prioritization_inbox ADD severity float NULL;
ALTER TABLE prioritization_inbox ADD suggested_request_id uniqueidentifier NULL;
ALTER TABLE prioritization_inbox ADD suggested_score float NULL;
ALTER TABLE prioritization_inbox ADD suggested_prefill bit NULL;
