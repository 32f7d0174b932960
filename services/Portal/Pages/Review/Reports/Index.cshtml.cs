using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Review.Reports;

/// <summary>
/// The auditors' disparity reports: per attribute (one Wilson-interval chart each), the flagged CSM x segment cells,
/// the intersections, the under-represented segments with the rule that fired, each with a CSV link, and what the
/// accounts say drives the company, per region and segment.
/// </summary>
[Authorize(Roles = Roles.Auditor)]
public sealed class ReportsModel(PortalApi api) : PageModel
{
    /// <summary>"suppress" (the default) or "deprioritize".</summary>
    public string Action { get; private set; } = "suppress";

    public ReviewReport<DisparityReportLine>? Disparity { get; private set; }

    public IReadOnlyList<WilsonChart> Charts { get; private set; } = [];

    public ReviewReport<CsmReportLine>? FlaggedCsms { get; private set; }

    public ReviewReport<DisparityReportLine>? Intersections { get; private set; }

    public ReviewReport<SegmentReportLine>? Segments { get; private set; }

    /// <summary>"What drives us" per attribute, region first, values in the report's order.</summary>
    public IReadOnlyList<IGrouping<string, DrivenByReportLine>> DrivenBy { get; private set; } = [];

    /// <summary>Why there is nothing to show yet (the reports answer 503 until their first recompute).</summary>
    public ApiProblem? NotReady { get; private set; }

    public async Task OnGetAsync(string? action, CancellationToken cancellationToken)
    {
        Action = action == "deprioritize" ? "deprioritize" : "suppress";
        try
        {
            Disparity = await api.Review.DisparityReportAsync(Action, cancellationToken);
            FlaggedCsms = await api.Review.CsmReportAsync(flaggedOnly: true, cancellationToken);
            Intersections = await api.Review.IntersectionReportAsync(Action, cancellationToken);
            Segments = await api.Review.SegmentReportAsync(cancellationToken);
            DrivenBy = [.. (await api.Review.DrivenByReportAsync(cancellationToken)).Rows.GroupBy(r => r.Attribute, StringComparer.Ordinal)
                .OrderBy(g => g.Key == "region" ? 0 : 1)];
            Charts = [.. Disparity.Rows.GroupBy(r => r.Attribute, StringComparer.Ordinal).Select(g => WilsonChart.For(g.Key, g))];
        }
        catch (ApiProblemException problem) when (problem.Problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            NotReady = problem.Problem;
        }
    }
}
