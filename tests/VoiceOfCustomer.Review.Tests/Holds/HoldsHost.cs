extern alias AllInOne;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Review.Tests.Holds;

/// <summary>
/// The all-in-one host with CSMs allowed as second person (Review:SecondPerson = Csm), a client per role and a
/// second CSM, and review_segments present (created here when the reports' migration is not there yet) so tests
/// say which segment values are under-represented.
/// </summary>
internal sealed class HoldsHost : AllInOneFactory<AllInOne::Program>
{
    public const string Csm = "test.csm";

    private HoldsHost()
        : base(new Dictionary<string, string> { ["Review:SecondPerson"] = "Csm" })
    {
    }

    public HttpClient Auditor { get; private set; } = null!;

    /// <summary>The CSM who logs and suppresses the items ("test.csm").</summary>
    public HttpClient Suppressor { get; private set; } = null!;

    /// <summary>Another CSM ("test.other"), who may be the second person.</summary>
    public HttpClient OtherCsm { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Pm { get; private set; } = null!;

    public Database Storage => Services.GetRequiredService<Database>();

    public static async Task<HoldsHost> StartAsync()
    {
        var host = new HoldsHost();
        host.Build();
        host.Auditor = host.Client(TestKeys.For(host.Services, Roles.Auditor));
        host.Suppressor = host.Client(TestKeys.For(host.Services, Roles.Csm));
        host.OtherCsm = host.Client(host.Services.GetRequiredService<ApiKeyFormat>().Issue(new ApiKeyPayload(Guid.NewGuid(), Guid.NewGuid(), "test.other", Roles.Csm, 1)));
        host.Admin = host.Client(TestKeys.For(host.Services, Roles.Admin));
        host.Pm = host.Client(TestKeys.For(host.Services, Roles.Pm));
        await host.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS review_segments (attribute TEXT NOT NULL, value TEXT NOT NULL, under_represented INTEGER NOT NULL, reasons TEXT NULL,
                account_share REAL NULL, feedback_share REAL NULL, ratio REAL NULL, p_value REAL NULL, updated_at TEXT NOT NULL)
            """);
        return host;
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Storage.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Storage.OpenAsync(CancellationToken.None);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    /// <summary>Says the reports found <paramref name="attribute"/> = <paramref name="value"/> under-represented.</summary>
    /// <summary>
    /// Makes a segment under-represented the way an admin does: designated by policy (a new version of the list), then
    /// waits until Review's recompute writes it to review_segments (which holds read).
    /// </summary>
    public async Task FlagSegmentAsync(string attribute, string value)
    {
        using (var response = await Admin.PutAsJsonAsync("/api/review/policy", new { segments = new[] { new { attribute, value } } }))
        {
            response.EnsureSuccessStatusCode();
        }

        await Eventually.Until(
            () => ScalarAsync<long>("SELECT COUNT(*) FROM review_segments WHERE attribute = @attribute AND value = @value AND under_represented = @yes",
                new { attribute, value, yes = true }),
            count => count == 1, TimeSpan.FromSeconds(60), $"{attribute} = {value} to be under-represented");
    }

    public async Task PutAccountAsync(string accountId, string language)
    {
        using var response = await Admin.PutAsJsonAsync($"/api/accounts/{accountId}", new
        {
            name = accountId, region = "EMEA", country = "PT", language, sizeBand = "51-200", industry = "Retail", planTier = "pro", arr = 50_000,
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Logs an item as test.csm and waits until it is in their triage inbox and Review has its text.</summary>
    public async Task<Guid> LogAsync(string accountId, string text, string? contactName = null, string? contactEmail = null)
    {
        using var response = await Suppressor.PostAsJsonAsync("/api/feedback", new
        {
            accountId, text, contactName, contactEmail, sourceChannel = "call", csmImportance = 2, goalProximity = 1, businessGoal = "close the books faster",
        });
        var feedbackId = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["feedbackId"]!.GetValue<Guid>();
        await Eventually.Until(() => Suppressor.GetFromJsonAsync<JsonArray>("/api/triage/inbox"),
            inbox => inbox!.Any(item => item!["feedbackId"]!.GetValue<Guid>() == feedbackId), TimeSpan.FromSeconds(30), "the item to reach triage");
        await Eventually.Until(() => ScalarAsync<long>("SELECT COUNT(*) FROM review_feedback_text WHERE feedback_id = @Id", new { Id = feedbackId }),
            count => count == 1, TimeSpan.FromSeconds(30), "Review to keep the item's text");
        return feedbackId;
    }

    public async Task SuppressAsync(Guid feedbackId)
    {
        using var response = await Suppressor.PostAsJsonAsync($"/api/triage/{feedbackId}/decisions", new { action = "suppress", reason = "notActionable" });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Waits until the review queue (open items) lists the item, and returns its row.</summary>
    public Task<JsonObject> OpenHoldAsync(Guid feedbackId) => Eventually.Until(
        async () => (await Auditor.GetFromJsonAsync<JsonArray>("/api/review/holds"))!.Select(h => h!.AsObject())
            .FirstOrDefault(h => h["feedbackId"]!.GetValue<Guid>() == feedbackId)!,
        hold => hold is not null, TimeSpan.FromSeconds(30), "the suppression to reach the review queue");

    public static Task<HttpResponseMessage> DisposeOfAsync(HttpClient reviewer, Guid holdId, string disposition, string? note = null) =>
        reviewer.PostAsJsonAsync($"/api/review/holds/{holdId}/disposition", new { disposition, note });

    private HttpClient Client(string key)
    {
        var client = CreateDefaultClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        return client;
    }
}
