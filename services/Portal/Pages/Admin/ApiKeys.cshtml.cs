using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Portal.Features.ApiKeys;
using VoiceOfCustomer.Portal.Features.Users;

namespace VoiceOfCustomer.Portal.Pages.Admin;

/// <summary>Admins issue API keys (shown once, on this page's answer) and revoke them.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class ApiKeysModel(ApiKeys keys, UserAccounts users) : PageModel
{
    public IReadOnlyList<ApiKeyRow> Keys { get; private set; } = [];

    public IReadOnlyList<PortalUser> ActiveUsers { get; private set; } = [];

    public IssuedApiKey? Issued { get; private set; }

    public FormErrors Errors { get; } = new();

    [BindProperty]
    public string? KeyUserName { get; set; }

    [BindProperty]
    public string? KeyName { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var (issued, status) = await keys.IssueAsync(new NewApiKey(KeyUserName, KeyName), User.UserName(), errors, cancellationToken);
        foreach (var (field, message) in errors.All)
        {
            Errors.Add(field, message);
        }

        // The key is shown in this answer, not after a redirect, so it never travels in a cookie or a URL.
        Issued = issued;
        Response.StatusCode = issued is null ? status : StatusCodes.Status200OK;
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid keyId, CancellationToken cancellationToken)
    {
        var revoked = await keys.RevokeAsync(keyId, User.UserName(), cancellationToken);
        if (revoked is null)
        {
            return NotFound();
        }

        TempData["Status"] = $"Revoked the key \"{revoked.Name}\" of {revoked.UserName}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Keys = await keys.ListAsync(cancellationToken);
        ActiveUsers = [.. (await users.ListAsync(cancellationToken)).Where(user => user.IsActive)];
    }
}
