-- The queue at scale (docs/prioritization.md, "The queue at scale"): one row per open request and segment value among
-- its accounts or word of its title, carrying the request's ranking key and revenue, so a filtered or searched page is
-- one index range read in rank order. Rebuilt for a request whenever it is scored or renamed (RequestFacets); a merged
-- request has none.
CREATE TABLE prioritization_request_facets (
    request_id uniqueidentifier NOT NULL,
    facet nvarchar(40) NOT NULL,
    value nvarchar(200) NOT NULL,
    ranking_key float NOT NULL,
    revenue_total decimal(20, 2) NOT NULL,
    PRIMARY KEY (request_id, facet, value)
);
CREATE INDEX ix_prioritization_request_facets_rank ON prioritization_request_facets (facet, value, ranking_key DESC, request_id);
CREATE INDEX ix_prioritization_request_facets_revenue ON prioritization_request_facets (facet, value, revenue_total DESC, request_id);

-- The revenue-only ranking beside the queue, and the newest verbatims of a request.
CREATE INDEX ix_prioritization_requests_revenue ON prioritization_requests (revenue_total DESC, request_id) WHERE merged_into IS NULL;
CREATE INDEX ix_prioritization_requests_status_revenue ON prioritization_requests (status, revenue_total DESC, request_id) WHERE merged_into IS NULL;
CREATE INDEX ix_prioritization_inbox_request_newest ON prioritization_inbox (request_id, occurred_at DESC, feedback_id);

-- Requests that exist already get their facets when scored again: their titles' words are split in code, so version 0
-- makes the background rescore (FormulaRescore, with progress at GET /api/requests/rescore) rebuild every one.
UPDATE prioritization_requests SET formula_version = 0 WHERE merged_into IS NULL;
