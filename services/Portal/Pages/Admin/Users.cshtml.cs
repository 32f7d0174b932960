using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Users;

namespace VoiceOfCustomer.Portal.Pages.Admin;

/// <summary>Admins add users, change roles, reset passwords and deactivate users (never delete: decisions keep their author).</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class UsersModel(UserAccounts users, UserAdministration administration, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PortalUser> Users { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public FormErrors Errors { get; } = new();

    [BindProperty]
    public string? NewUserName { get; set; }

    [BindProperty]
    public string? NewDisplayName { get; set; }

    [BindProperty]
    public string? NewRole { get; set; } = Roles.Csm;

    [BindProperty]
    public string? NewPassword { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await users.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken) =>
        await AfterAsync(
            await administration.CreateAsync(new NewUserInput(NewUserName, NewDisplayName, NewRole, NewPassword), cancellationToken),
            user => $"Added {user.UserName} ({user.Role}).", cancellationToken);

    public async Task<IActionResult> OnPostRoleAsync(string userName, string role, CancellationToken cancellationToken) =>
        await AfterAsync(
            await administration.ChangeAsync(userName, new UserChange(null, role, null), cancellationToken),
            user => $"{user.UserName} is now {user.Role}; their sessions and API keys have ended.", cancellationToken);

    public async Task<IActionResult> OnPostActiveAsync(string userName, bool active, CancellationToken cancellationToken)
    {
        if (userName == User.UserName())
        {
            Errors.Add("userName", "You cannot deactivate yourself: ask another admin.");
            return await ShowAsync(StatusCodes.Status400BadRequest, cancellationToken);
        }

        return await AfterAsync(
            await administration.ChangeAsync(userName, new UserChange(null, null, active), cancellationToken),
            user => user.IsActive ? $"{user.UserName} is active again." : $"{user.UserName} is deactivated; their sessions and API keys have ended.",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostPasswordAsync(string userName, string? password, CancellationToken cancellationToken) =>
        await AfterAsync(
            await administration.SetPasswordAsync(userName, password, cancellationToken),
            user => $"New password set for {user.UserName}; their sessions and API keys have ended.", cancellationToken);

    private async Task<IActionResult> AfterAsync(UserOutcome outcome, Func<PortalUser, string> done, CancellationToken cancellationToken)
    {
        if (outcome.User is { } user)
        {
            TempData["Status"] = done(user);
            return RedirectToPage();
        }

        foreach (var (field, message) in outcome.Errors!.All)
        {
            Errors.Add(field, message);
        }

        return await ShowAsync(outcome.Status, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(int status, CancellationToken cancellationToken)
    {
        Users = await users.ListAsync(cancellationToken);
        Response.StatusCode = status;
        return Page();
    }
}
