using System.Diagnostics;
using VoiceOfCustomer.Benchmarks.Hosts;
using VoiceOfCustomer.Benchmarks.Load;
using VoiceOfCustomer.Benchmarks.Measure;
using VoiceOfCustomer.Benchmarks.Report;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Benchmarks.Scenarios;

/// <summary>
/// The PM queue at scale: the embedded host on a fresh PostgreSQL database holding 1,000,000 forwarded items in
/// 100,000 requests (QueueDataset), then GET /api/requests for the first page with no filter and with each one
/// filter, one request at a time as a PM, timed from send to the last byte read. Each run repeats every query;
/// the database is loaded once (loading takes minutes and the queue only reads it).
/// </summary>
internal static class QueueScenario
{
    private const int Warmup = 20;

    /// <summary>Each filter the queue offers, alone, with values from large to rare segments.</summary>
    private static readonly (string Name, string Query)[] Filters =
    [
        ("no filter", ""),
        ("status=planned", "status=planned"),
        ("region=EMEA (35% of accounts)", "region=EMEA"),
        ("region=ANZ (4%)", "region=ANZ"),
        ("plan=enterprise (8%)", "plan=enterprise"),
        ("segment=industry:Agriculture (1%)", "segment=industry:Agriculture"),
        ("segment=language:ko (1%)", "segment=language:ko"),
        ("segment=sizeBand:5000+ (5%)", "segment=sizeBand:5000%2B"),
        ("search=excel (10% of titles)", "search=excel"),
        ("search=export invoices (1%)", "search=export%20invoices"),
    ];

    public static async Task<ScenarioResult> RunAsync(BenchmarkOptions options, ScenarioResult result, CancellationToken cancellationToken)
    {
        await using var database = await FreshDatabase.CreateAsync(StorageProvider.PostgreSql, options.PostgreSql);
        await using var host = await EmbeddedHost.StartAsync(database.Options, cancellationToken, pipeline: false);
        var written = await new QueueDataset(options.Items, options.Requests, options.Accounts)
            .LoadAsync(database.Options.ConnectionString, Console.Out, cancellationToken);
        result.Notes.Add($"Data: {string.Join(", ", written.Select(w => $"{w.Key} {w.Value:N0} rows"))}; every request scored by the formula, as triage would have.");

        using var pm = new HttpClient { BaseAddress = host.Ingestion };
        pm.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, host.ApiKey(Roles.Pm));
        result.LoadBefore = MachineInfo.LoadAverage();
        for (var run = 1; run <= options.Runs; run++)
        {
            var figures = new List<Figure>();
            var worst = 0.0;
            foreach (var compare in new[] { "", "compare=revenue" })
            {
                foreach (var (name, query) in Filters)
                {
                    var url = "/api/requests?" + string.Join('&', new[] { query, compare }.Where(q => q.Length > 0));
                    var latencies = await TimeAsync(pm, url, options.Queries, cancellationToken);
                    var p99 = Percentiles.Of(latencies, 99);
                    var label = compare.Length == 0 ? name : $"{name}, compare=revenue";
                    figures.Add(new Figure($"{label}: p50", Percentiles.Of(latencies, 50), "ms", 1));
                    figures.Add(new Figure($"{label}: p99", p99, "ms", 1));
                    worst = compare.Length == 0 ? Math.Max(worst, p99) : worst;
                    Console.WriteLine($"run {run}: {label}: p50 {Percentiles.Of(latencies, 50):N1} ms, p99 {p99:N1} ms");
                }
            }

            figures.Insert(0, new Figure(result.Headline, worst, "ms", 1));
            result.Runs.Add(figures);
        }

        result.LoadAfter = MachineInfo.LoadAverage();
        return result;
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, string url, int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await GetAsync(client, url, cancellationToken);
        }

        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            await GetAsync(client, url, cancellationToken);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        return latencies;
    }

    private static async Task GetAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode || body.Length < 100)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }
    }
}
