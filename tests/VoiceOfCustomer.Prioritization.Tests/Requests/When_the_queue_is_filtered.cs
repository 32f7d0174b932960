using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Prioritization.Tests.Requests;

/// <summary>
/// Filters read the segment facets kept beside each request: ranks are positions in the filtered view, the
/// revenue-only rank is taken in the same view, and facets follow account changes and merges.
/// On SQLite and on PostgreSQL (the filtered read is a different plan on each).
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.PostgreSql)]
public sealed class When_the_queue_is_filtered(StorageProvider storage)
{
    private TriageHost _host = null!;
    private Guid _export;
    private Guid _sso;
    private Guid _darkMode;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await TriageHost.StartAsync(storage);
        await _host.PutAccountAsync("initech", 5_000, region: "APAC", planTier: "enterprise", industry: "Health");
        await _host.PutAccountAsync("umbrella", 2_000_000, region: "APAC", planTier: "starter", industry: "Health");

        // Export: two accounts, both very important (EMEA and APAC). SSO: one big APAC account, low importance. Dark mode: EMEA only.
        _export = await ForwardAsync("acme", "Export to Excel times out.", 3, newRequestTitle: "Export to Excel");
        await ForwardAsync("initech", "We cannot export to Excel.", 3, into: _export);
        _sso = await ForwardAsync("umbrella", "SSO with Azure AD, eventually.", 0, newRequestTitle: "SSO with Azure AD");
        _darkMode = await ForwardAsync("globex", "Dark mode for the night shift.", 2, newRequestTitle: "Dark mode");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task A_region_shows_only_its_requests_ranked_from_one_with_revenue_ranks_in_the_same_view()
    {
        var page = await QueueAsync("region=APAC&compare=revenue");

        Assert.That(page.Select(r => r.Id), Is.EqualTo(new[] { _export, _sso }), "by score: two very important accounts before one unimportant one");
        Assert.That(page.Select(r => r.Rank), Is.EqualTo((int[])[1, 2]));
        Assert.That(page.Select(r => r.RevenueRank), Is.EqualTo(new int?[] { 2, 1 }), "by revenue alone, the 2M account's request leads");
        var export = await _host.Api.GetFromJsonAsync<JsonObject>("/api/requests?search=excel");
        Assert.That(export!["items"]![0]!["regions"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo((string[])["APAC", "EMEA"]), "the regions of its two accounts");
    }

    [Test]
    public async Task Any_segment_filters_the_same_way_and_a_bad_one_is_refused_naming_the_field()
    {
        Assert.That((await QueueAsync("segment=industry:Health")).Select(r => r.Id), Is.EqualTo(new[] { _export, _sso }));
        Assert.That((await QueueAsync("segment=plan:pro&region=EMEA")).Select(r => r.Id), Is.EquivalentTo(new[] { _export, _darkMode }), "two filters at once");
        Assert.That(await QueueAsync("segment=industry:Mining"), Is.Empty);

        foreach (var bad in (string[])["segment=industry", "segment=shoeSize:42", "segment=industry:"])
        {
            using var response = await _host.Api.GetAsync($"/api/requests?{bad}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), bad);
            var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
            Assert.That(problem!["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo((string[])["segment"]), bad);
        }
    }

    [Test]
    public async Task Search_finds_titles_with_every_word_whatever_the_case_and_follows_a_rename()
    {
        Assert.That((await QueueAsync("search=EXCEL")).Select(r => r.Id), Is.EqualTo((Guid[])[_export]));
        Assert.That((await QueueAsync("search=azure%20sso")).Select(r => r.Id), Is.EqualTo((Guid[])[_sso]), "every word, in any order");
        Assert.That(await QueueAsync("search=excel%20sso"), Is.Empty, "no title has both words");
        Assert.That((await QueueAsync("search=excel&region=EMEA")).Select(r => r.Id), Is.EqualTo((Guid[])[_export]), "with a segment");

        using (var renamed = await _host.Pm.PatchAsJsonAsync($"/api/requests/{_sso}", new { title = "Single sign-on with Entra ID" }))
        {
            Assert.That(renamed.IsSuccessStatusCode, Is.True, await renamed.Content.ReadAsStringAsync());
        }

        Assert.That(await QueueAsync("search=azure"), Is.Empty, "the old title's words are gone");
        Assert.That((await QueueAsync("search=entra")).Select(r => r.Id), Is.EqualTo((Guid[])[_sso]));

        using var bad = await _host.Api.GetAsync("/api/requests?search=%21%21%21");
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await bad.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(problem!["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo((string[])["search"]));
    }

    [Test]
    public async Task Product_area_and_theme_come_from_what_tagging_found_in_the_items()
    {
        Assert.That((await QueueAsync("theme=export")).Select(r => r.Id), Is.EqualTo((Guid[])[_export]), "\"export to Excel\" is the Export & download theme");
        Assert.That((await QueueAsync("area=reporting")).Select(r => r.Id), Is.EqualTo((Guid[])[_export]));
        Assert.That(await QueueAsync("area=no-such-area"), Is.Empty);
    }

    [Test]
    public async Task A_filter_offers_the_values_open_requests_have_with_their_counts()
    {
        var regions = await _host.Api.GetFromJsonAsync<JsonArray>("/api/requests/facets/region");
        var themes = await _host.Api.GetFromJsonAsync<JsonArray>("/api/requests/facets/theme");

        Assert.That(regions!.Select(v => (v!["value"]!.GetValue<string>(), v["requests"]!.GetValue<int>())), Does.Contain(("APAC", 2)));
        Assert.That(themes!.Select(v => v!["value"]!.GetValue<string>()), Does.Contain("export"));
        using var bad = await _host.Api.GetAsync("/api/requests/facets/shoeSize");
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await bad.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(problem!["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo((string[])["facet"]));
    }

    [Test]
    public async Task Pages_of_a_filtered_view_continue_the_ranks()
    {
        var first = await _host.Api.GetFromJsonAsync<JsonObject>("/api/requests?region=EMEA&limit=1");
        var cursor = first!["nextCursor"]!.GetValue<string>();
        var second = await QueueAsync($"region=EMEA&limit=1&cursor={Uri.EscapeDataString(cursor)}");

        Assert.That(first["items"]![0]!["rank"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(second.Select(r => r.Rank), Is.EqualTo((int[])[2]));
        Assert.That(second[0].Id, Is.Not.EqualTo(first["items"]![0]!["requestId"]!.GetValue<Guid>()));
    }

    [Test]
    public async Task A_request_follows_its_account_to_another_region_and_a_merge_moves_its_segments()
    {
        var retired = await ForwardAsync("hooli", "Audit log export.", 1, newRequestTitle: "Audit log export", account: ("hooli", "LATAM"));
        await _host.PutAccountAsync("hooli", 10_000, region: "NA");

        await Eventually.Until(() => QueueAsync("region=NA"), page => page.Any(r => r.Id == retired), TimeSpan.FromSeconds(30), "the request to follow its account to NA");
        Assert.That((await QueueAsync("region=LATAM")).Select(r => r.Id), Does.Not.Contain(retired));

        using (var merged = await _host.Pm.PostAsJsonAsync($"/api/requests/{retired}/merge", new { into = _darkMode }))
        {
            Assert.That(merged.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await merged.Content.ReadAsStringAsync());
        }

        Assert.That((await QueueAsync("region=NA")).Select(r => r.Id), Is.EqualTo(new[] { _darkMode }), "the merged request is gone; its account now counts in the one it joined");
    }

    private async Task<Guid> ForwardAsync(
        string accountId, string text, int importance, string? newRequestTitle = null, Guid? into = null, (string Id, string Region)? account = null)
    {
        if (account is { } created)
        {
            await _host.PutAccountAsync(created.Id, 10_000, region: created.Region);
        }

        var feedbackId = await _host.LogAsync(accountId, text, importance);
        object decision = into is { } requestId ? new { action = "merge", requestId } : new { action = "forward", newRequestTitle };
        using var response = await _host.DecideAsync(feedbackId, decision);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(response.IsSuccessStatusCode, Is.True, body?.ToJsonString());
        return body!["requestId"]!.GetValue<Guid>();
    }

    private async Task<List<Row>> QueueAsync(string query)
    {
        using var response = await _host.Api.GetAsync($"/api/requests?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var page = await response.Content.ReadFromJsonAsync<JsonObject>();
        return [.. page!["items"]!.AsArray().Select(item => new Row(
            item!["requestId"]!.GetValue<Guid>(), item["rank"]!.GetValue<int>(), item["revenueRank"]?.GetValue<int>()))];
    }

    private sealed record Row(Guid Id, int Rank, int? RevenueRank);
}
