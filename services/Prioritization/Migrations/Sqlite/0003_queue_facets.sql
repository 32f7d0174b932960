-- The queue at scale (docs/prioritization.md, "The queue at scale"): one row per open request and segment value among
-- its accounts, carrying the request's ranking key and revenue, so a filtered page is one index range read in rank
-- order. Rebuilt for a request whenever it is scored (RequestFacets); a merged request has none.
CREATE TABLE prioritization_request_facets (
    request_id TEXT NOT NULL,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    ranking_key REAL NOT NULL,
    revenue_total NUMERIC NOT NULL,
    PRIMARY KEY (request_id, facet, value)
);
CREATE INDEX ix_prioritization_request_facets_rank ON prioritization_request_facets (facet, value, ranking_key DESC, request_id);
CREATE INDEX ix_prioritization_request_facets_revenue ON prioritization_request_facets (facet, value, revenue_total DESC, request_id);

-- The revenue-only ranking beside the queue, and the newest verbatims of a request.
CREATE INDEX ix_prioritization_requests_revenue ON prioritization_requests (revenue_total DESC, request_id) WHERE merged_into IS NULL;
CREATE INDEX ix_prioritization_requests_status_revenue ON prioritization_requests (status, revenue_total DESC, request_id) WHERE merged_into IS NULL;
CREATE INDEX ix_prioritization_inbox_request_newest ON prioritization_inbox (request_id, occurred_at DESC, feedback_id);

-- Facets of the requests that exist already.
INSERT INTO prioritization_request_facets (request_id, facet, value, ranking_key, revenue_total)
SELECT DISTINCT r.request_id, f.facet, f.value, r.ranking_key, r.revenue_total
FROM prioritization_requests r
JOIN prioritization_request_accounts ra ON ra.request_id = r.request_id
JOIN (
    SELECT account_id, 'region' AS facet, region AS value FROM prioritization_accounts
    UNION ALL SELECT account_id, 'country', country FROM prioritization_accounts
    UNION ALL SELECT account_id, 'language', language FROM prioritization_accounts
    UNION ALL SELECT account_id, 'sizeBand', size_band FROM prioritization_accounts
    UNION ALL SELECT account_id, 'industry', industry FROM prioritization_accounts
    UNION ALL SELECT account_id, 'plan', plan_tier FROM prioritization_accounts
) f ON f.account_id = ra.account_id
WHERE r.merged_into IS NULL;
