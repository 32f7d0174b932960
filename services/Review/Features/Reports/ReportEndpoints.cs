using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Review.Features.Disparity;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>
/// The reviewer's reports from the latest snapshot: GET /api/review/disparity (per attribute), /disparity/csms,
/// /disparity/intersections, /segments and /driven-by; each gives JSON, or CSV with format=csv.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>A report: when it was computed, the window it covers, the items counted, and its rows.</summary>
    public sealed record Report<T>(DateTimeOffset ComputedAt, DateTimeOffset WindowStart, int Items, IReadOnlyList<T> Rows);

    public static IResult Disparity(ReviewReports reports, string? attribute, string? action, string? format) =>
        Answer(reports, format, "disparity", attribute, action,
            (s, outcome) => s.Report.Disparity.Segments.Where(r => Matches(r, attribute, outcome)).Select(ReportRows.Line));

    public static IResult Intersections(ReviewReports reports, string? attribute, string? action, string? format) =>
        Answer(reports, format, "intersections", attribute, action,
            (s, outcome) => s.Report.Disparity.Intersections.Where(r => Matches(r, attribute, outcome)).Select(ReportRows.Line));

    public static IResult Csms(ReviewReports reports, string? csm, string? attribute, bool? flagged, string? format) =>
        Answer(reports, format, "csms", attribute, null, (s, _) => s.Report.PerCsm.Cells
            .Where(c => (csm is null || c.Csm == csm) && (attribute is null || c.Attribute == attribute) && (flagged is null || c.Flagged == flagged))
            .OrderByDescending(c => c.Flagged).ThenByDescending(c => c.Probability).Select(ReportRows.Line));

    public static IResult Segments(ReviewReports reports, string? attribute, string? format) =>
        Answer(reports, format, "segments", attribute, null, (s, _) => s.Segments.Where(v => attribute is null || v.Attribute == attribute).Select(ReportRows.Line));

    public static IResult DrivenBy(ReviewReports reports, string? attribute, string? format) =>
        Answer(reports, format, "driven-by", attribute, null, (s, _) => s.DrivenBy.Where(d => attribute is null || d.Attribute == attribute));

    private static bool Matches(DisparityRow row, string? attribute, Outcome? outcome) =>
        (attribute is null || row.Attribute == attribute) && (outcome is null || row.Outcome == outcome);

    private static IResult Answer<T>(ReviewReports reports, string? format, string name, string? attribute, string? action,
        Func<ReportsSnapshot, Outcome?, IEnumerable<T>> rows)
    {
        var errors = new ValidationErrors();
        Outcome? outcome = action switch
        {
            null => null,
            "suppress" => Outcome.Suppressed,
            "deprioritize" => Outcome.Deprioritized,
            _ => null,
        };
        if (action is not (null or "suppress" or "deprioritize"))
        {
            errors.Add("action", "action is suppress or deprioritize (or absent for both).");
        }

        if (format is not (null or "json" or "csv"))
        {
            errors.Add("format", "format is json (the default) or csv.");
        }

        if (attribute is { Length: > 200 })
        {
            errors.Add("attribute", "attribute is at most 200 characters.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (reports.Current is not { } snapshot)
        {
            return TypedResults.Problem("The reports are being computed for the first time since the service started; try again in a few seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Reports not ready");
        }

        var list = rows(snapshot, outcome).ToList();
        return format == "csv"
            ? ReportCsv.Of(list, $"review-{name}-{snapshot.ComputedAt:yyyy-MM-dd}")
            : TypedResults.Ok(new Report<T>(snapshot.ComputedAt, snapshot.WindowStart, snapshot.Items, list));
    }
}
