using Microsoft.Playwright;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>/sign-in: "User name", "Password" and the "Sign in" button.</summary>
public sealed class SignInForm(IPage page)
{
    public ILocator UserName => page.GetByLabel("User name", new() { Exact = true });

    public ILocator Password => page.GetByLabel("Password", new() { Exact = true });

    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });

    public async Task OpenAsync() => await page.GotoAsync("/sign-in");

    /// <summary>Fills both fields and clicks "Sign in"; the caller waits for what follows.</summary>
    public async Task SubmitAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
    }
}
