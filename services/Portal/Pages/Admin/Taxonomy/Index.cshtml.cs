using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Admin.Taxonomy;

/// <summary>
/// An admin edits the product taxonomy (YAML) that Tagging's area tagger uses: Save stores the next version, or lists
/// every parser error with its line, column and field; the history says who saved which version when.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class TaxonomyModel(PortalApi api) : PageModel
{
    [BindProperty]
    public string? Yaml { get; set; }

    /// <summary>The version in use (0: the default shipped with Tagging).</summary>
    public TaxonomyDocument? Current { get; private set; }

    public IReadOnlyList<TaxonomyVersion> Versions { get; private set; } = [];

    /// <summary>Why the last Save was refused, error by error in file order; empty when it was not.</summary>
    public IReadOnlyList<TaxonomyError> Rejected { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Yaml = Current!.Yaml;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var saved = await api.Tagging.SaveTaxonomyAsync(Yaml ?? "", cancellationToken);
            TempData["Status"] = $"Saved as version {saved.Version}: the next items are tagged with it.";
            return Redirect("/admin/taxonomy");
        }
        catch (TaxonomyRejectedException rejected)
        {
            Rejected = rejected.Errors;
            Response.StatusCode = rejected.Problem.Status ?? StatusCodes.Status400BadRequest;
        }
        catch (ApiProblemException problem) when (problem.Problem.Status is >= 400 and < 500)
        {
            Response.StatusCode = Errors.Refused(problem.Problem);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Current = await api.Tagging.TaxonomyAsync(cancellationToken);
        Versions = await api.Tagging.TaxonomyVersionsAsync(cancellationToken);
    }
}
