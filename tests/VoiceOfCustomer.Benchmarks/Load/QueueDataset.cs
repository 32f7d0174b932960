using System.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using VoiceOfCustomer.Prioritization.Features.Requests;
using VoiceOfCustomer.Prioritization.Features.Scoring;

namespace VoiceOfCustomer.Benchmarks.Load;

/// <summary>
/// A large Prioritization state written straight into its PostgreSQL tables with binary COPY: accounts with segments,
/// items forwarded into requests (a few requests are asked for by thousands of accounts, most by one or two), each
/// account's latest assessment per request, every request scored by the real formula, and the segment facets the
/// queue filters read. What the triage pipeline would have built item by item, made in a minute. Deterministic (seed 42).
/// </summary>
internal sealed class QueueDataset(int items, int requests, int accounts)
{
    public static readonly (string Value, double Weight)[] Regions = [("EMEA", 35), ("NA", 30), ("APAC", 15), ("LATAM", 10), ("MEA", 6), ("ANZ", 4)];
    public static readonly (string Value, double Weight)[] Plans = [("starter", 40), ("pro", 35), ("business", 17), ("enterprise", 8)];
    public static readonly (string Value, double Weight)[] Industries = Weighted(
        "Retail", "Health", "Finance", "Manufacturing", "Education", "Public sector", "Media", "Logistics", "Energy", "Telecom",
        "Hospitality", "Legal", "Insurance", "Real estate", "Agriculture");
    public static readonly (string Value, double Weight)[] Languages = [("en", 45), ("de", 10), ("fr", 9), ("es", 9), ("pt", 6), ("ja", 5),
        ("zh", 4), ("ar", 3), ("hi", 3), ("pl", 3), ("nl", 2), ("ko", 1)];
    public static readonly (string Value, double Weight)[] SizeBands = [("1-50", 35), ("51-200", 30), ("201-1000", 20), ("1001-5000", 10), ("5000+", 5)];

    private static readonly string[] Verbs = ["Export", "Import", "Sync", "Filter", "Share", "Schedule", "Archive", "Audit", "Translate", "Approve"];
    private static readonly string[] Objects = ["reports", "invoices", "dashboards", "tickets", "contacts", "contracts", "surveys", "forecasts", "tasks", "notes"];
    private static readonly string[] Targets = ["to Excel", "with Salesforce", "via SSO", "on mobile", "by region", "in bulk", "with Jira", "as PDF", "with Slack", "offline"];
    private static readonly string[] Channels = ["email", "call", "meeting", "chat", "ticket"];

    private readonly Random _random = new(42);
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    /// <summary>Writes everything, then VACUUM ANALYZE so the planner knows the tables; returns the rows written per table.</summary>
    public async Task<IReadOnlyDictionary<string, long>> LoadAsync(string connectionString, TextWriter log, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var accountRows = Enumerable.Range(0, accounts).Select(NewAccount).ToArray();
        var popularity = Popularity(requests);
        var itemRows = new List<Item>(items);
        for (var i = 0; i < items; i++)
        {
            // Every request gets one item; the rest follow a long-tailed popularity.
            var request = i < requests ? i : PopularRequest(popularity, _random.NextDouble());
            itemRows.Add(new Item(
                Guid.CreateVersion7(), Math.Min(request, requests - 1), _random.Next(accounts), _random.Next(4), _random.Next(4),
                _now.AddMinutes(-_random.Next(730 * 24 * 60)), i % SampleFeedback.Texts.Count));
        }

        var latest = itemRows
            .GroupBy(item => (item.Request, item.Account))
            .Select(g => (g.Key.Request, g.Key.Account, Latest: g.MaxBy(item => item.OccurredAt)!, Count: g.Count()))
            .ToList();
        var formula = new ScoreFormula(Options.Create(new FormulaOptions()));
        var requestRows = latest.GroupBy(a => a.Request).OrderBy(g => g.Key).Select(g =>
        {
            var score = formula.Score(g.Select(a => new AccountAssessment(
                SampleFeedback.AccountId(a.Account), a.Latest.Importance, a.Latest.GoalProximity, null, a.Latest.OccurredAt, accountRows[a.Account].Arr, null)), _now);
            return new RequestRow(Guid.CreateVersion7(), Title(g.Key), Status(), score.RankingKey, score.RevenueOnlyKey, score.Reach, score.FormulaVersion,
                [.. g.Select(a => a.Account).Distinct()]);
        }).ToArray();
        await log.WriteLineAsync($"generated {items:N0} items, {requestRows.Length:N0} requests, {latest.Count:N0} request accounts in {watch.Elapsed.TotalSeconds:N0} s");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var written = new Dictionary<string, long>
        {
            ["prioritization_accounts"] = await CopyAsync(connection, "prioritization_accounts (account_id, region, country, language, size_band, industry, plan_tier, arr, custom, updated_at)",
                accountRows, (w, a) => Write(w, SampleFeedback.AccountId(a.Index), a.Region, a.Country, a.Language, a.SizeBand, a.Industry, a.Plan, a.Arr, "{}", _now), cancellationToken),
            ["prioritization_requests"] = await CopyAsync(connection, "prioritization_requests (request_id, title, status, status_reason, merged_into, created_by, created_at, updated_at, ranking_key, revenue_total, reach, formula_version, scored_at)",
                requestRows, (w, r) => Write(w, r.Id, r.Title, r.Status, null, null, "bench.csm", _now, _now, r.RankingKey, r.Revenue, r.Reach, r.FormulaVersion, _now), cancellationToken),
            ["prioritization_request_accounts"] = await CopyAsync(connection, "prioritization_request_accounts (request_id, account_id, importance, goal_proximity, latest_at, items)",
                latest, (w, a) => Write(w, requestRows[a.Request].Id, SampleFeedback.AccountId(a.Account), a.Latest.Importance, a.Latest.GoalProximity, a.Latest.OccurredAt, a.Count), cancellationToken),
            ["prioritization_request_facets"] = await CopyAsync(connection, "prioritization_request_facets (request_id, facet, value, ranking_key, revenue_total)",
                requestRows.SelectMany(r => Facets(r, accountRows)), (w, f) => Write(w, f.Request.Id, f.Facet, f.Value, f.Request.RankingKey, f.Request.Revenue), cancellationToken),
            ["prioritization_inbox"] = await CopyAsync(connection, "prioritization_inbox (feedback_id, account_id, csm_id, source_channel, csm_importance, goal_proximity, declared_language, occurred_at, queued_at, text, importance, decision_id, action, request_id, decided_at)",
                itemRows, (w, i) => Write(w, i.Id, SampleFeedback.AccountId(i.Account), SampleFeedback.CsmId(i.Account), Channels[i.Account % Channels.Length], i.Importance, i.GoalProximity,
                    null, i.OccurredAt, i.OccurredAt, SampleFeedback.Texts[i.Text].Text, null, Guid.CreateVersion7(), "forward", requestRows[i.Request].Id, i.OccurredAt), cancellationToken),
        };
        await using (var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 })
        {
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        await log.WriteLineAsync($"loaded and analysed in {watch.Elapsed.TotalSeconds:N0} s: {string.Join(", ", written.Select(w => $"{w.Key} {w.Value:N0}"))}");
        return written;
    }

    // As RequestFacets.RebuildAsync writes them: the accounts' segment values and the title's words.
    private static IEnumerable<(RequestRow Request, string Facet, string Value)> Facets(RequestRow request, Account[] accountRows) =>
        request.Accounts.SelectMany(a => new[]
        {
            ("region", accountRows[a].Region), ("country", accountRows[a].Country), ("language", accountRows[a].Language),
            ("sizeBand", accountRows[a].SizeBand), ("industry", accountRows[a].Industry), ("plan", accountRows[a].Plan),
        })
        .Concat(RequestFacets.WordsOf(request.Title).Select(word => (RequestFacets.Word, word)))
        .Distinct().Select(f => (request, f.Item1, f.Item2));

    private Account NewAccount(int index)
    {
        var region = Pick(Regions);
        return new Account(index, region, $"{region[..2]}{_random.Next(8)}", Pick(Languages), Pick(SizeBands), Pick(Industries), Pick(Plans),
            Math.Round((decimal)Math.Exp(8 + (_random.NextDouble() * 7)), 2));
    }

    private static int PopularRequest(double[] popularity, double x) => Array.BinarySearch(popularity, x) is var at && at < 0 ? ~at : at;

    private static string Title(int request) =>
        $"{Verbs[request % Verbs.Length]} {Objects[request / Verbs.Length % Objects.Length]} {Targets[request / 100 % Targets.Length]} ({request:D6})";

    private string Status() => _random.Next(100) switch
    {
        < 60 => "underReview",
        < 75 => "planned",
        < 85 => "inProgress",
        < 95 => "shipped",
        _ => "declined",
    };

    private string Pick((string Value, double Weight)[] choices)
    {
        var x = _random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            if ((x -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    // Cumulative share of requests 0..n-1 under a Zipf-like law (exponent 0.8): a few requests are asked for by many.
    private static double[] Popularity(int n)
    {
        var weights = Enumerable.Range(1, n).Select(k => Math.Pow(k, -0.8)).ToArray();
        var total = weights.Sum();
        var cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            cumulative[i] = (sum += weights[i]) / total;
        }

        return cumulative;
    }

    private static (string, double)[] Weighted(params string[] values) => [.. values.Select((v, i) => (v, 15.0 - i))];

    private static async Task<long> CopyAsync<T>(
        NpgsqlConnection connection, string target, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, Task> write, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await write(importer, row);
        }

        return (long)await importer.CompleteAsync(cancellationToken);
    }

    private static async Task Write(NpgsqlBinaryImporter importer, params object?[] values)
    {
        foreach (var value in values)
        {
            await (value switch
            {
                null => importer.WriteNullAsync(),
                string text => importer.WriteAsync(text, NpgsqlDbType.Text),
                Guid id => importer.WriteAsync(id, NpgsqlDbType.Uuid),
                int number => importer.WriteAsync(number, NpgsqlDbType.Integer),
                double number => importer.WriteAsync(number, NpgsqlDbType.Double),
                decimal amount => importer.WriteAsync(amount, NpgsqlDbType.Numeric),
                DateTimeOffset at => importer.WriteAsync(at.UtcDateTime, NpgsqlDbType.TimestampTz),
                _ => throw new ArgumentException($"No COPY mapping for {value.GetType()}", nameof(values)),
            });
        }
    }

    private sealed record Account(int Index, string Region, string Country, string Language, string SizeBand, string Industry, string Plan, decimal Arr);

    private sealed record Item(Guid Id, int Request, int Account, int Importance, int GoalProximity, DateTimeOffset OccurredAt, int Text);

    private sealed record RequestRow(Guid Id, string Title, string Status, double RankingKey, decimal Revenue, int Reach, int FormulaVersion, int[] Accounts);
}
