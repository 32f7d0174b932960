using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Queue;

/// <summary>The PMs' queue: requests by score, with filters and, on demand, the revenue-only ranking beside it.</summary>
[Authorize(Roles = $"{Roles.Pm},{Roles.Auditor}")]
public sealed class QueueModel(PortalApi api) : PageModel
{
    private const int PageSize = 50;

    public static readonly (string Value, string Label)[] Statuses =
        [("underReview", "Under review"), ("planned", "Planned"), ("inProgress", "In progress"), ("shipped", "Shipped"), ("declined", "Declined")];

    public static readonly (string Value, string Label)[] Segments =
        [("country", "Country"), ("language", "Language"), ("sizeBand", "Company size"), ("industry", "Industry")];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Plan { get; set; }

    /// <summary>A product area id, as Tagging's taxonomy names it; the choices are the areas found in open requests.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    public IReadOnlyList<QueueFacetValue> Areas { get; private set; } = [];

    public IReadOnlyList<QueueFacetValue> Themes { get; private set; } = [];

    /// <summary>Which account attribute the segment filter reads (country, language, sizeBand, industry).</summary>
    [BindProperty(SupportsGet = true)]
    public string? SegmentName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SegmentValue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Compare { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<QueuedRequest> Items { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public static string StatusLabel(string status) => Statuses.FirstOrDefault(s => s.Value == status).Label ?? status;

    /// <summary>How revenue-first ranking would move the request, in words: what a revenue-only tool would hide or push.</summary>
    public static (string Text, string Class)? Movement(QueuedRequest request) => request.RevenueMovement switch
    {
        > 0 and var up => ($"revenue-first would rank it {up} higher", "movement-down"),
        < 0 and var down => ($"revenue-first would rank it {-down} lower", "movement-up"),
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Areas = await api.Prioritization.QueueFacetValuesAsync("area", cancellationToken);
            Themes = await api.Prioritization.QueueFacetValuesAsync("theme", cancellationToken);
            var page = await api.Prioritization.QueueAsync(
                new QueueFilter(Blank(Status), Blank(Search), Blank(Region), Blank(Plan), Compare, Cursor, PageSize, Segment(), Blank(Area), Blank(Theme)), cancellationToken);
            (Items, NextCursor) = (page.Items, page.NextCursor);
        }
        catch (ApiProblemException problem) when (problem.Problem.Status is >= 400 and < 500)
        {
            Problem = problem.Problem;
        }
    }

    /// <summary>The whole queue as CSV, by score, with the revenue-only rank beside it.</summary>
    public async Task OnGetExportAsync(CancellationToken cancellationToken)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"queue.csv\"";
        await api.Prioritization.CopyQueueExportAsync(Response.Body, cancellationToken);
    }

    public string PageLink(string? cursor) => Url.Page("/Queue/Index", new { Status, Search, Area, Theme, Region, Plan, SegmentName, SegmentValue, Compare, Cursor = cursor })!;

    // Both parts or nothing: a value without an attribute (or the reverse) is sent as given, so the API names the field.
    private string? Segment() => (Blank(SegmentName), Blank(SegmentValue)) switch
    {
        (null, null) => null,
        (var name, var value) => $"{name}:{value}",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
