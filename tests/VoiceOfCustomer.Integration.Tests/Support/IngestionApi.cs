using System.Net;
using System.Net.Http.Json;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>Ingestion's HTTP API as a CSM's tool uses it: register an account, submit feedback, follow an item.</summary>
internal sealed class IngestionApi(HttpClient http) : IDisposable
{
    /// <summary>Registers a new account (201) and returns its id.</summary>
    public async Task<string> CreateAccountAsync(object? account = null)
    {
        var accountId = $"acct-{Guid.NewGuid():N}";
        using var response = await http.PutAsJsonAsync(Relative($"/api/accounts/{accountId}"), account ?? Samples.Account());
        await ExpectAsync(response, HttpStatusCode.Created);
        return accountId;
    }

    /// <summary>Submits one item (202) and returns its id.</summary>
    public async Task<Guid> SubmitAsync(string accountId, string text)
    {
        using var response = await http.PostAsJsonAsync(Relative("/api/feedback"), Samples.Feedback(accountId, text));
        await ExpectAsync(response, HttpStatusCode.Accepted);
        var accepted = await response.Content.ReadFromJsonAsync<Accepted>();
        return accepted!.FeedbackId;
    }

    public async Task<FeedbackView> GetAsync(Guid feedbackId)
    {
        using var response = await http.GetAsync(Relative($"/api/feedback/{feedbackId}"));
        await ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<FeedbackView>())!;
    }

    public Task<FeedbackView> WaitUntilWatchedAsync(Guid feedbackId) => Eventually.Until(
        () => GetAsync(feedbackId), item => item.IsWatchedWithFullHistory, Patience.OneItem, $"item {feedbackId} to reach watched with its full history");

    public void Dispose() => http.Dispose();

    private static Uri Relative(string path) => new(path, UriKind.Relative);

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)expected}: " +
                await response.Content.ReadAsStringAsync());
        }
    }

    private sealed record Accepted(Guid FeedbackId, string Stage, bool Replayed);
}
