using System.Diagnostics;
using VoiceOfCustomer.Benchmarks.Hosts;
using VoiceOfCustomer.Benchmarks.Load;
using VoiceOfCustomer.Benchmarks.Measure;
using VoiceOfCustomer.Benchmarks.Report;
using VoiceOfCustomer.Hosting.Storage;

using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Benchmarks.Scenarios;

/// <summary>
/// N items through the API and the whole pipeline (submitted, tagged, queued, watched): accepted items/s,
/// pipeline items/s from the first submit to the last watched, submit-to-watched latency, memory, CPU.
/// A short warm-up (JIT, connection pools, queues) runs first and is left out of every figure.
/// </summary>
internal static class PipelineScenario
{
    private const int WarmUpItems = 500;

    public static async Task<ScenarioResult> RunAsync(
        BenchmarkOptions options, ScenarioResult result, bool waitForPipeline,
        Func<StorageOptions, CancellationToken, Task<IBenchmarkTarget>> start, CancellationToken cancellationToken)
    {
        result.LoadBefore = MachineInfo.LoadAverage();
        for (var run = 1; run <= options.Runs; run++)
        {
            Console.WriteLine($"run {run}/{options.Runs}: {options.Items:N0} items, {options.Concurrency} in flight");
            await using var database = await FreshDatabase.CreateAsync(
                options.Scenario == "distributed" ? StorageProvider.PostgreSql : StorageProvider.Sqlite, options.PostgreSql);
            var target = await start(database.Options, cancellationToken);
            try
            {
                result.Runs.Add(await RunOnceAsync(options, target, run, waitForPipeline, result, cancellationToken));
            }
            finally
            {
                await target.DisposeAsync();
            }

            GC.Collect();
        }

        result.LoadAfter = MachineInfo.LoadAverage();
        return result;
    }

    private static async Task<IReadOnlyList<Figure>> RunOnceAsync(
        BenchmarkOptions options, IBenchmarkTarget target, int run, bool waitForPipeline, ScenarioResult result, CancellationToken cancellationToken)
    {
        using var client = FeedbackLoad.Client(target, Roles.Csm, options.Concurrency);
        using (var admin = FeedbackLoad.Client(target, Roles.Admin, 1))
        {
            await AccountSeeder.CreateAsync(admin, options.Accounts, cancellationToken);
        }

        await using var reader = new Database(Microsoft.Extensions.Options.Options.Create(target.Storage));
        var progress = new PipelineProgress(reader);

        var warmUp = new FeedbackLoad(WarmUpItems, options.Accounts, $"warm{run}");
        await warmUp.SubmitAsync(client, options.Concurrency, cancellationToken);
        if (waitForPipeline)
        {
            await progress.WaitForAsync(WarmUpItems, TimeSpan.FromSeconds(60), _ => { }, cancellationToken);
        }

        var load = new FeedbackLoad(options.Items, options.Accounts, $"run{run}");
        var since = DateTimeOffset.UtcNow;
        var cpu = new CpuMeter();
        var cpuTimes = target.ProcessIds.Select(CpuTime).ToList();
        var clock = Stopwatch.StartNew();
        FeedbackLoad.Outcome outcome;
        long watched = 0;
        await using (var memory = new MemorySampler(target.ProcessIds))
        {
            outcome = await load.SubmitAsync(client, options.Concurrency, cancellationToken);
            Console.WriteLine($"  accepted {outcome.Accepted:N0} in {outcome.Elapsed.TotalSeconds:0.0} s ({outcome.Accepted / outcome.Elapsed.TotalSeconds:N0}/s), {outcome.Failed} failed");
            if (outcome.FirstFailure is not null)
            {
                result.Notes.Add($"Run {run}: {outcome.Failed} requests failed; first: {outcome.FirstFailure}");
            }

            if (waitForPipeline)
            {
                var expected = WarmUpItems + outcome.Accepted;
                watched = await progress.WaitForAsync(expected, TimeSpan.FromSeconds(60),
                    n => Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:0.0} s: {n - WarmUpItems:N0} watched"), cancellationToken) - WarmUpItems;
            }

            var cores = cpu.CoresBusy();
            var figures = new List<Figure>
            {
                new("accepted items/s", outcome.Accepted / outcome.Elapsed.TotalSeconds, "items/s"),
                new("API request p50", Percentiles.Of(outcome.RequestMs, 50), "ms", 1),
                new("API request p99", Percentiles.Of(outcome.RequestMs, 99), "ms", 1),
                new("failed requests", outcome.Failed, ""),
            };

            if (waitForPipeline)
            {
                var measured = await progress.ReadAsync(since, cancellationToken);
                figures.AddRange(
                [
                    new("pipeline items/s (first submit to last watched)", measured.LatencyMs.Length / measured.Span.TotalSeconds, "items/s"),
                    new("items watched", measured.LatencyMs.Length, $"of {outcome.Accepted:N0}"),
                    new("submit to watched p50", Percentiles.Of(measured.LatencyMs, 50), "ms"),
                    new("submit to watched p95", Percentiles.Of(measured.LatencyMs, 95), "ms"),
                    new("submit to watched p99", Percentiles.Of(measured.LatencyMs, 99), "ms"),
                    new("submit to watched max", measured.LatencyMs.Length == 0 ? double.NaN : measured.LatencyMs[^1], "ms"),
                ]);
            }

            figures.Add(new("peak working set (sampled)", memory.PeakBytes / 1048576.0, "MB"));
            if (target is EmbeddedHost)
            {
                figures.Add(new("peak GC heap (sampled)", memory.PeakGcHeapBytes / 1048576.0, "MB"));
            }

            foreach (var (name, bytes) in target.PeakMemory())
            {
                figures.Add(new($"peak working set {name}", bytes / 1048576.0, "MB"));
            }

            figures.Add(new("machine CPU busy", cores, "of " + Environment.ProcessorCount + " cores", 2));
            var names = target is ServiceProcesses ? new[] { "Ingestion", "Tagging", "Prioritization", "Review" } : ["host + client"];
            for (var i = 0; i < target.ProcessIds.Count; i++)
            {
                var seconds = (CpuTime(target.ProcessIds[i]) - cpuTimes[i]).TotalSeconds;
                figures.Add(new($"CPU ms per item, {names[i]}", seconds * 1000 / Math.Max(1, outcome.Accepted), "ms", 3));
            }

            return figures;
        }
    }

    private static TimeSpan CpuTime(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            return TimeSpan.Zero;
        }
    }
}
