using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Feedback;

/// <summary>
/// A CSM logs one item through the Ingestion API, as themselves. The API's field errors are shown beside
/// the fields; the idempotency key minted with the form makes a double submit log one item.
/// </summary>
[Authorize(Roles = Roles.Csm)]
public sealed class LogFeedbackModel(PortalApi api, TimeProvider clock) : PageModel
{
    public static readonly string[] Channels = ["call", "meeting", "email", "chat", "ticket", "survey", "community", "social", "other"];

    public static readonly (int Value, string Label)[] Importance = [(0, "Low"), (1, "Medium"), (2, "High"), (3, "Critical")];

    public static readonly (int Value, string Label)[] Proximity = [(0, "None"), (1, "Some"), (2, "Close"), (3, "Directly serves it")];

    [BindProperty]
    public string? AccountId { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? SourceChannel { get; set; }

    [BindProperty]
    public int? CsmImportance { get; set; } = 1;

    [BindProperty]
    public string? BusinessGoal { get; set; }

    [BindProperty]
    public int? GoalProximity { get; set; } = 0;

    [BindProperty]
    public string? ContactName { get; set; }

    [BindProperty]
    public string? ContactEmail { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public DateOnly? OccurredOn { get; set; }

    [BindProperty]
    public string IdempotencyKey { get; set; } = "";

    public FormErrors Errors { get; } = new();

    public void OnGet() => IdempotencyKey = $"portal:{Guid.NewGuid()}";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(IdempotencyKey))
        {
            IdempotencyKey = $"portal:{Guid.NewGuid()}";
        }

        if (ModelState.GetFieldValidationState(nameof(OccurredOn)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            Errors.Add("occurredAt", "Give the date as year, month and day.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            var submitted = await api.Ingestion.SubmitFeedbackAsync(Draft(), cancellationToken);
            TempData["Status"] = submitted.Replayed ? "This feedback was already logged." : "Feedback logged.";
            return Redirect($"/feedback/{submitted.FeedbackId}");
        }
        catch (ApiProblemException problem) when (problem.Problem.Status is >= 400 and < 500)
        {
            Response.StatusCode = Errors.Refused(problem.Problem);
            return Page();
        }
    }

    private FeedbackDraft Draft()
    {
        var now = clock.GetUtcNow();
        // A date picked in a time zone ahead of UTC can be "tomorrow" in UTC: never later than now.
        DateTimeOffset? occurredAt = OccurredOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        if (occurredAt > now)
        {
            occurredAt = now;
        }

        return new FeedbackDraft(
            Blank(AccountId), Blank(ContactName), Blank(ContactEmail), Text, Blank(SourceChannel), CsmId: null, CsmImportance,
            Blank(BusinessGoal), GoalProximity, Blank(Language), occurredAt, IdempotencyKey);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
