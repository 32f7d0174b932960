using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace VoiceOfCustomer.Portal.Pages;

/// <summary>What an error status means, rendered where it happened (the status code stays the original one).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code) => (Title, Explanation) = code switch
    {
        403 => ("Access denied", "Your role does not include this page. If you need it, ask an admin to change your role."),
        404 => ("Not found", "There is no page or item at this address."),
        400 => ("Bad request", "The request could not be understood. Go back and try again."),
        _ => ("Something went wrong", $"The server answered with status {code}. Try again; if it persists, tell an admin."),
    };
}
