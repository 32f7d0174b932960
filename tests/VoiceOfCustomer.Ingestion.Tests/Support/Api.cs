using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoiceOfCustomer.Ingestion.Tests.Support;

/// <summary>Requests as a client of the API sends them, and its answers read back.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly DateTimeOffset OccurredAt = new(2026, 2, 20, 15, 30, 0, TimeSpan.Zero);

    /// <summary>A feedback item that passes every rule, for an account that exists.</summary>
    public static JsonObject Feedback(string accountId = "acme", string text = "Exports time out when the report has more than 10,000 rows.") => new()
    {
        ["accountId"] = accountId,
        ["contactName"] = "Maria Souza",
        ["contactEmail"] = "maria@acme.example",
        ["text"] = text,
        ["sourceChannel"] = "call",
        ["csmId"] = "csm-ana",
        ["csmImportance"] = 2,
        ["businessGoal"] = "Close the books in two days",
        ["goalProximity"] = 3,
        ["language"] = "pt-BR",
        ["occurredAt"] = OccurredAt.ToString("O"),
    };

    /// <summary>An account that passes every rule.</summary>
    public static JsonObject Account(string name = "Acme Ltd", string region = "EMEA") => new()
    {
        ["name"] = name,
        ["region"] = region,
        ["country"] = "FR",
        ["language"] = "fr",
        ["sizeBand"] = "201-1000",
        ["industry"] = "manufacturing",
        ["planTier"] = "enterprise",
        ["arr"] = 120000.50m,
        ["custom"] = new JsonObject { ["accessibility_needs"] = "screen reader", ["segment"] = "mid-market" },
    };

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, JsonNode feedback) =>
        client.PostAsync("/api/feedback", JsonBody(feedback.ToJsonString()));

    public static Task<HttpResponseMessage> PutAccountAsync(this HttpClient client, string accountId, JsonNode? account = null) =>
        client.PutAsync($"/api/accounts/{Uri.EscapeDataString(accountId)}", JsonBody((account ?? Account()).ToJsonString()));

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string kind, string csv, string fileName = "upload.csv", bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var content = new ByteArrayContent(byteOrderMark ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return client.PostAsync($"/api/imports/{kind}?fileName={Uri.EscapeDataString(fileName)}", content);
    }

    public static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public static async Task<FeedbackView> GetFeedbackAsync(this HttpClient client, Guid feedbackId)
    {
        using var response = await client.GetAsync($"/api/feedback/{feedbackId}");
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<FeedbackView>();
    }

    /// <summary>Waits until the item has gone through the whole pipeline.</summary>
    public static Task<FeedbackView> WatchedAsync(this HttpClient client, Guid feedbackId) =>
        VoiceOfCustomer.Testing.Eventually.Until(
            () => client.GetFeedbackAsync(feedbackId), item => item.Stage == "watched", TimeSpan.FromSeconds(30), $"item {feedbackId} to be watched");
}

public sealed record Accepted(Guid FeedbackId, string Stage, bool Replayed);

public sealed record StageReached(string Stage, DateTimeOffset ReachedAt);

public sealed record FeedbackView(
    Guid FeedbackId, string AccountId, string? ContactEmail, string Text, string SourceChannel, string CsmId, int CsmImportance,
    string? BusinessGoal, int GoalProximity, string? Language, DateTimeOffset OccurredAt, string? IdempotencyKey, Guid? ImportJobId,
    string Stage, IReadOnlyList<StageReached> History);

public sealed record FeedbackSummary(Guid FeedbackId, string AccountId, string Stage, DateTimeOffset SubmittedAt);

public sealed record FeedbackPage(IReadOnlyList<FeedbackSummary> Items, string? NextCursor);
