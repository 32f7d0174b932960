namespace VoiceOfCustomer.Client;

/// <summary>Review's disparity reports: per attribute, per CSM, per intersection, the segments' voices and what drives the accounts.</summary>
public sealed partial class ApiClient
{
    /// <summary>Every segment against the rest for <paramref name="action"/> ("suppress" or "deprioritize").</summary>
    public Task<ReviewReport<DisparityReportLine>> DisparityReportAsync(string action, CancellationToken cancellationToken) =>
        GetAsync<ReviewReport<DisparityReportLine>>("api/review/disparity" + Query(("action", action)), cancellationToken);

    /// <summary>Two-way intersection cells with enough items, for <paramref name="action"/>.</summary>
    public Task<ReviewReport<DisparityReportLine>> IntersectionReportAsync(string action, CancellationToken cancellationToken) =>
        GetAsync<ReviewReport<DisparityReportLine>>("api/review/disparity/intersections" + Query(("action", action)), cancellationToken);

    /// <summary>CSM x segment cells, flagged ones first; only the flagged ones when <paramref name="flaggedOnly"/>.</summary>
    public Task<ReviewReport<CsmReportLine>> CsmReportAsync(bool flaggedOnly, CancellationToken cancellationToken) =>
        GetAsync<ReviewReport<CsmReportLine>>("api/review/disparity/csms" + Query(("flagged", flaggedOnly ? "true" : null)), cancellationToken);

    public Task<ReviewReport<SegmentReportLine>> SegmentReportAsync(CancellationToken cancellationToken) =>
        GetAsync<ReviewReport<SegmentReportLine>>("api/review/segments", cancellationToken);

    /// <summary>What the accounts say drives the company (revenue, value, unsure, not said), per value of every attribute.</summary>
    public Task<ReviewReport<DrivenByReportLine>> DrivenByReportAsync(CancellationToken cancellationToken) =>
        GetAsync<ReviewReport<DrivenByReportLine>>("api/review/driven-by", cancellationToken);
}
