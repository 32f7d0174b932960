using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using VoiceOfCustomer.Benchmarks.Hosts;
using VoiceOfCustomer.Benchmarks.Load;
using VoiceOfCustomer.Benchmarks.Measure;
using VoiceOfCustomer.Benchmarks.Report;

using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Benchmarks.Scenarios;

/// <summary>
/// A generated feedback CSV streamed to POST /api/imports/feedback of the embedded host: wall time until the
/// import report comes back, rows/s, and the host's memory sampled every 100 ms, read at 10%, 50% and 100%
/// of the file sent. The pipeline runs in the same host meanwhile (imported items are announced batch by batch).
/// Each run is a process of its own (this program started again with --run-file), so its memory figures are its own.
/// </summary>
internal static class ImportScenario
{
    private const int Accounts = 1_000;

    public static async Task<ScenarioResult> RunAsync(BenchmarkOptions options, ScenarioResult result, CancellationToken cancellationToken)
    {
        // Cached for the day: its dates are relative to the day it was made.
        var file = Path.Combine(Path.GetTempPath(), $"voc-bench-feedback-{options.Items}-{DateTime.UtcNow:yyyyMMdd}.csv");
        if (!File.Exists(file))
        {
            var generate = Stopwatch.StartNew();
            var partial = file + ".partial";
            FeedbackCsvFile.Write(partial, options.Items, Accounts);
            File.Move(partial, file, overwrite: true);
            Console.WriteLine($"generated {file} ({new FileInfo(file).Length / 1048576.0:N0} MB) in {generate.Elapsed.TotalSeconds:0.0} s");
        }

        var invalid = Enumerable.Range(0, options.Items).Count(FeedbackCsvFile.IsInvalid);
        if (options.RunFile is { } runFile)
        {
            // A child process: one import, figures to the file the parent reads.
            var notes = new List<string>();
            var figures = await ImportInThisProcessAsync(options, file, invalid, notes, cancellationToken);
            await ImportRunProcess.WriteAsync(runFile, new RunFigures(figures.ToList(), notes), cancellationToken);
            result.Runs.Add(figures);
            return result;
        }

        result.LoadBefore = MachineInfo.LoadAverage();
        for (var run = 1; run <= options.Runs; run++)
        {
            Console.WriteLine($"run {run}/{options.Runs}: {options.Items:N0} rows ({new FileInfo(file).Length / 1048576.0:N0} MB), {options.Storage}, in a process of its own");
            var figures = await ImportRunProcess.RunAsync(options, cancellationToken);
            result.Runs.Add(figures.Figures);
            result.Notes.AddRange(figures.Notes.Select(note => $"Run {run}: {note}"));
        }

        result.LoadAfter = MachineInfo.LoadAverage();
        return result;
    }

    private static async Task<IReadOnlyList<Figure>> ImportInThisProcessAsync(BenchmarkOptions options, string file, int invalid, List<string> notes, CancellationToken cancellationToken)
    {
        await using var database = await FreshDatabase.CreateAsync(options.Storage, options.PostgreSql);
        await using var host = await EmbeddedHost.StartAsync(database.Options, cancellationToken, options.Pipeline);
        using var client = FeedbackLoad.Client(host, Roles.Csm, 1);
        using (var admin = FeedbackLoad.Client(host, Roles.Admin, 1))
        {
            await AccountSeeder.CreateAsync(admin, Accounts, cancellationToken);
        }

        GC.Collect();
        return await ImportOnceAsync(client, file, options.Items, invalid, notes, cancellationToken);
    }

    private static async Task<IReadOnlyList<Figure>> ImportOnceAsync(
        HttpClient client, string file, int rows, int invalid, List<string> notes, CancellationToken cancellationToken)
    {
        using var body = new ProgressStream(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true));
        using var content = new StreamContent(body, 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        var cpu = new CpuMeter();
        var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        ImportAnswer? answer;
        double cores;
        var memory = new MemorySampler([Environment.ProcessId], () => body.Fraction);
        await using (memory)
        {
            using var reporting = new Timer(_ => Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:0.0} s: {body.Fraction:P0} sent, working set {MemorySampler.ResidentBytes(Environment.ProcessId) / 1048576.0:N0} MB, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:N0} MB (committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0:N0} MB)"),
                null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
            using var response = await client.PostAsync(new Uri("/api/imports/feedback?fileName=bench.csv", UriKind.Relative), content, cancellationToken);
            answer = await response.Content.ReadFromJsonAsync<ImportAnswer>(cancellationToken);
            cores = cpu.CoresBusy();
            processCpu = Process.GetCurrentProcess().TotalProcessorTime - processCpu;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  {answer?.Status}: {answer?.RowsAccepted:N0} accepted, {answer?.RowsRejected:N0} rejected in {seconds:0.0} s");
        if (answer is null || answer.Status != "completed" || answer.RowsAccepted != rows - invalid || answer.RowsRejected != invalid)
        {
            notes.Add($"unexpected report: {answer}; expected {rows - invalid:N0} accepted, {invalid:N0} rejected.");
        }

        var at10 = memory.AtProgress(0.10);
        var at100 = memory.AtProgress(1.0);
        return
        [
            new("wall time", seconds, "s", 1),
            new("rows/s", rows / seconds, "rows/s"),
            new("rows accepted", answer?.RowsAccepted ?? double.NaN, ""),
            new("rows rejected", answer?.RowsRejected ?? double.NaN, ""),
            new("working set at 10% of the file", at10 / 1048576.0, "MB"),
            new("working set at 50% of the file", memory.AtProgress(0.50) / 1048576.0, "MB"),
            new("working set at 100% of the file", at100 / 1048576.0, "MB"),
            new("growth from 10% to 100%", (at100 - at10) / 1048576.0, "MB"),
            new("peak working set (sampled)", memory.PeakBytes / 1048576.0, "MB"),
            new("peak GC heap (sampled)", memory.PeakGcHeapBytes / 1048576.0, "MB"),
            new("machine CPU busy", cores, "of " + Environment.ProcessorCount + " cores", 2),
            new("CPU ms per 1,000 rows, host + client", processCpu.TotalMilliseconds * 1000 / rows, "ms", 1),
        ];
    }
}
