using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Feedback;

/// <summary>
/// One item as logged, where it is in the pipeline, and what Tagging found in it (each tag with its confidence and why)
/// with the corrections since; CSMs and PMs correct the kinds, the product area and theme, or the sentiment. All
/// text is encoded by Razor.
/// </summary>
[Authorize(Roles = $"{Roles.Csm},{Roles.Pm},{Roles.Auditor}")]
public sealed class FeedbackItemModel(PortalApi api) : PageModel
{
    public FeedbackItem? Item { get; private set; }

    /// <summary>The item's tags and corrections; null until Tagging has read the item.</summary>
    public FeedbackTags? Tags { get; private set; }

    /// <summary>The areas and themes of the taxonomy in use, to choose from and to name them in the corrections.</summary>
    public TaxonomyAreas? Areas { get; private set; }

    public FormErrors Errors { get; } = new();

    /// <summary>The kinds the correction names (snake_case); none ticked leaves the kinds as they are.</summary>
    [BindProperty]
    public List<string> Kinds { get; set; } = [];

    /// <summary>The sentiment label the correction names; empty leaves it as it is.</summary>
    [BindProperty]
    public string? Sentiment { get; set; }

    /// <summary>The product area the correction names; empty leaves the area as it is.</summary>
    [BindProperty]
    public string? AreaId { get; set; }

    /// <summary>The theme inside that area; empty names the area only.</summary>
    [BindProperty]
    public string? ThemeId { get; set; }

    public bool CanCorrect => User.IsInRole(Roles.Csm) || User.IsInRole(Roles.Pm);

    /// <summary>PMs and auditors open requests in the queue; CSMs see the request's id.</summary>
    public bool CanOpenRequests => User.IsInRole(Roles.Pm) || User.IsInRole(Roles.Auditor);

    public string ImportanceLabel =>
        LogFeedbackModel.Importance.FirstOrDefault(level => level.Value == Item?.CsmImportance).Label ?? $"{Item?.CsmImportance}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanCorrect)
        {
            return Forbid();
        }

        var correction = new TagCorrectionDraft(
            Kinds.Count == 0 ? null : Kinds, NullIfEmpty(AreaId), NullIfEmpty(ThemeId), NullIfEmpty(Sentiment));
        try
        {
            await api.Tagging.CorrectTagsAsync(id, correction, cancellationToken);
            TempData["Status"] = "Correction recorded.";
            return Redirect($"/feedback/{id}");
        }
        catch (ApiProblemException problem) when (problem.Problem.Status is >= 400 and < 500 and not 404)
        {
            Response.StatusCode = Errors.Refused(problem.Problem);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Item = await api.Ingestion.GetFeedbackAsync(id, cancellationToken);
        if (Item is null)
        {
            return false;
        }

        Tags = await api.Tagging.TagsAsync(id, cancellationToken);
        if (Tags is not null)
        {
            Areas = await api.Tagging.TaxonomyAreasAsync(cancellationToken);
        }

        return true;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
