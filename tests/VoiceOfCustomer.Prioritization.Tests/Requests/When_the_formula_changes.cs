using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Requests;
using VoiceOfCustomer.Prioritization.Tests.Support;

namespace VoiceOfCustomer.Prioritization.Tests.Requests;

/// <summary>Requests scored by another formula version are scored again in the background, with progress.</summary>
public sealed class When_the_formula_changes
{
    private TriageHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await TriageHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Every_request_of_an_older_version_is_scored_again_and_the_progress_says_so()
    {
        foreach (var (account, title) in new[] { ("acme", "Rescore one"), ("globex", "Rescore two"), ("acme", "Rescore three") })
        {
            var item = await _host.LogAsync(account, $"{title}, please.");
            using var forwarded = await _host.DecideAsync(item, new { action = "forward", newRequestTitle = title });
            forwarded.EnsureSuccessStatusCode();
        }

        var database = _host.Services.GetRequiredService<Database>();
        await using (var work = await database.BeginAsync(CancellationToken.None))
        {
            // As a previous formula version left them: another version, another key.
            await work.ExecuteAsync("UPDATE prioritization_requests SET formula_version = 0, ranking_key = 0", null, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        var rescore = _host.Services.GetRequiredService<FormulaRescore>();
        var scored = await rescore.RunAsync(CancellationToken.None);

        await using var connection = await database.OpenAsync(CancellationToken.None);
        var requests = (await connection.QueryAsync<(int Version, double Key)>("SELECT formula_version, ranking_key FROM prioritization_requests WHERE merged_into IS NULL")).ToList();
        Assert.That(scored, Is.EqualTo(requests.Count).And.GreaterThanOrEqualTo(3));
        Assert.That(requests.Select(r => r.Version), Is.All.EqualTo(1));
        Assert.That(requests.Select(r => r.Key), Is.All.GreaterThan(0));
        Assert.That(rescore.Progress, Has.Property("Done").EqualTo(scored).And.Property("Total").EqualTo(scored).And.Property("FinishedAt").Not.Null);

        var progress = await _host.Pm.GetFromJsonAsync<JsonObject>("/api/requests/rescore");
        Assert.That(progress!["formulaVersion"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(progress["done"]!.GetValue<int>(), Is.EqualTo(scored));
    }
}
