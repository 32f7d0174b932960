using System.Diagnostics;
using VoiceOfCustomer.Benchmarks.Measure;
using VoiceOfCustomer.Benchmarks.Report;
using VoiceOfCustomer.Review.Features.Disparity;

namespace VoiceOfCustomer.Benchmarks.Scenarios;

/// <summary>
/// The reviewer's reports at scale, in this process with no host: 1,000,000 synthetic triage decisions (5% of them
/// superseding an earlier decision for the same item) from 200 CSMs over accounts described by 50 segment values in
/// seven attributes are fed into the accumulator, then every report (segments, intersections, per-CSM flags) is
/// recomputed from its counts. Figures: decisions fed per second and the full recompute's wall time.
/// </summary>
internal static class ReviewReportsScenario
{
    public const int Decisions = 1_000_000;
    public const int CsmCount = 200;
    private const int Accounts = 5_000;
    private const double SupersedingShare = 0.05;

    /// <summary>Seven attributes, 50 values in all.</summary>
    private static readonly SegmentDimension[] Attributes =
    [
        new("region", "regions", ["AMER", "EMEA", "APAC", "LATAM"]),
        new("country", "countries", [.. Enumerable.Range(1, 16).Select(i => $"C{i:00}")]),
        new("language", "languages", ["en", "es", "de", "fr", "ja", "pt", "zh", "ko"]),
        new("size band", "size bands", ["1-10", "11-100", "101-1000", "1000+"]),
        new("industry", "industries", ["software", "retail", "finance", "health", "public", "education", "media", "other"]),
        new("plan tier", "plan tiers", ["free", "pro", "enterprise"]),
        new("accessibility needs", "accounts", ["yes", "no", "unknown"]),
    ];

    public static Task<ScenarioResult> RunAsync(BenchmarkOptions options, ScenarioResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        result.LoadBefore = MachineInfo.LoadAverage();
        var disparity = new DisparityOptions();
        for (var run = 1; run <= options.Runs; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (accumulator, profiles, csms, items) = Prepare(run);
            var random = new Random(run);
            var clock = Stopwatch.StartNew();
            Feed(accumulator, profiles, csms, items, random);
            var feed = clock.Elapsed;

            var cpu = Environment.CpuUsage.TotalTime;
            clock.Restart();
            var report = DisparityWindow.Compute(accumulator, disparity);
            var recompute = clock.Elapsed;
            var recomputeCpu = Environment.CpuUsage.TotalTime - cpu;
            Console.WriteLine($"run {run}/{options.Runs}: fed {Decisions:N0} decisions in {feed.TotalSeconds:0.000} s, recomputed in {recompute.TotalSeconds:0.000} s ({recomputeCpu.TotalSeconds:0.000} s CPU) "
                + $"({report.Disparity.Segments.Count} segment rows, {report.Disparity.Intersections.Count} intersection rows, {report.PerCsm.Cells.Count} CSM cells)");
            result.Runs.Add(
            [
                new Figure("full recompute", recompute.TotalSeconds, "s", 3),
                new Figure("recompute CPU time", recomputeCpu.TotalSeconds, "s", 3),
                new Figure("decisions fed/s", Decisions / feed.TotalSeconds, "/s"),
                new Figure("segment rows", report.Disparity.Segments.Count, ""),
                new Figure("intersection rows", report.Disparity.Intersections.Count, ""),
                new Figure("CSM x segment cells", report.PerCsm.Cells.Count, ""),
            ]);
            GC.Collect();
        }

        result.LoadAfter = MachineInfo.LoadAverage();
        return Task.FromResult(result);
    }

    /// <summary>The accumulator with its CSMs and account profiles registered, and the item ids (registration is not timed).</summary>
    private static (DecisionAccumulator Accumulator, int[] Profiles, int[] Csms, Guid[] Items) Prepare(int run)
    {
        var catalog = new SegmentCatalog(Attributes);
        var accumulator = new DecisionAccumulator(catalog, [(0, 5), (2, 3), (4, 5)]);
        var random = new Random(1000 + run);
        var csms = Enumerable.Range(0, CsmCount).Select(i => accumulator.Csm($"csm{i:000}")).ToArray();
        var values = new int[Attributes.Length];
        var profiles = new int[Accounts];
        for (var account = 0; account < Accounts; account++)
        {
            for (var a = 0; a < Attributes.Length; a++)
            {
                // Skewed so some values are rare, as real segments are; 2% unknown.
                var width = catalog.EndValue(a) - catalog.FirstValue(a);
                var pick = (int)(width * Math.Pow(random.NextDouble(), 1.6));
                values[a] = random.NextDouble() < 0.02 ? -1 : catalog.FirstValue(a) + pick;
            }

            profiles[account] = accumulator.Profile(values);
        }

        var items = new Guid[(int)(Decisions * (1 - SupersedingShare))];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new Guid(i, (short)run, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        return (accumulator, profiles, csms, items);
    }

    /// <summary>Each CSM suppresses at a rate of their own (2% to 30%), some more so for one language: the load has real disparities to find.</summary>
    private static void Feed(DecisionAccumulator accumulator, int[] profiles, int[] csms, Guid[] items, Random random)
    {
        for (var d = 0; d < Decisions; d++)
        {
            var fresh = d < items.Length;
            var item = fresh ? items[d] : items[random.Next(items.Length)];
            var csm = csms[random.Next(csms.Length)];
            var account = (int)((uint)item.GetHashCode() % (uint)profiles.Length);
            var rate = 0.02 + (0.28 * csm / CsmCount) + (csm % 10 == 0 && account % 8 == 1 ? 0.2 : 0);
            var roll = random.NextDouble();
            var action = roll < rate ? TriageAction.Suppressed : roll < rate + 0.1 ? TriageAction.Deprioritized : roll < 0.7 ? TriageAction.Forwarded : TriageAction.Merged;
            accumulator.Record(item, csm, profiles[account], action);
        }
    }
}
