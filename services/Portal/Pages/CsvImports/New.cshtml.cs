using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;
using VoiceOfCustomer.Portal.Features.CsvImports;

namespace VoiceOfCustomer.Portal.Pages.CsvImports;

/// <summary>CSMs import feedback, admins import the accounts registry; the file then travels to the API in the background.</summary>
[Authorize(Roles = $"{Roles.Csm},{Roles.Admin}")]
public sealed class StartImportModel(PortalApi api, PortalImports imports, IOptions<PortalOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public FormErrors Errors { get; } = new();

    public ImportKind ImportKind => Kind == ImportKind.Accounts.Name ? ImportKind.Accounts : ImportKind.Feedback;

    public string Title => ImportKind == ImportKind.Accounts ? "Import accounts" : "Import feedback";

    public IReadOnlyList<string> RequiredColumns => ImportKind == ImportKind.Accounts
        ? ["accountId", "name", "region", "country", "language", "sizeBand", "industry", "planTier", "arr"]
        : ["accountId", "text", "sourceChannel", "csmImportance", "goalProximity", "occurredAt"];

    public string Explanation => ImportKind == ImportKind.Accounts
        ? "Any other column becomes a custom segment attribute. Existing accounts are updated."
        : "Optional: contactName, contactEmail, csmId (defaults to you), businessGoal, language, idempotencyKey. Importing the same file twice does not duplicate items.";

    public long MaxMegabytes => options.Value.MaxUploadBytes / 1_000_000;

    public IActionResult OnGet() => Allowed() ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Allowed())
        {
            return Forbid();
        }

        if (Upload is not { Length: > 0 })
        {
            Errors.Add("file", "Choose a CSV file that is not empty.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var copy = Path.GetTempFileName();
        await using (var target = System.IO.File.Create(copy))
        {
            await Upload.CopyToAsync(target, cancellationToken);
        }

        var upload = imports.Start(ImportKind, copy, Path.GetFileName(Upload.FileName), User.UserName(), api.BaseAddress(), api.Cookies);
        return Redirect($"/imports/{upload.JobId}");
    }

    private bool Allowed() => User.IsInRole(ImportKind == ImportKind.Accounts ? Roles.Admin : Roles.Csm) && (Kind.Length == 0 || ImportKind.Name == Kind);
}
