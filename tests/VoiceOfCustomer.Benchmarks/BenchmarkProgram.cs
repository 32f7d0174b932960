using VoiceOfCustomer.Benchmarks.Hosts;
using VoiceOfCustomer.Benchmarks.Report;
using VoiceOfCustomer.Benchmarks.Scenarios;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Benchmarks;

internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (BenchmarkOptions.Parse(args) is not { } options)
        {
            await Console.Error.WriteLineAsync(BenchmarkOptions.Usage);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var result = await RunAsync(options, cancel.Token);
        if (options.RunFile is not null)
        {
            return 0; // one import run for a parent process, which reports
        }

        Console.WriteLine();
        Console.WriteLine(ResultTable.Render(result));
        if (options.WriteTo is { } path)
        {
            BenchmarkDoc.Write(path, result, options.Command);
            Console.WriteLine($"updated {path}");
        }

        return 0;
    }

    private static Task<ScenarioResult> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken) => options.Scenario switch
    {
        "embedded" => PipelineScenario.RunAsync(options,
            new ScenarioResult("embedded", "Embedded pipeline (all-in-one host, in-memory bus, SQLite)", "at least 5,000 items/s through the pipeline",
                "pipeline items/s (first submit to last watched)", 5_000),
            waitForPipeline: true, async (storage, ct) => await EmbeddedHost.StartAsync(storage, ct), cancellationToken),
        "distributed" => PipelineScenario.RunAsync(options,
            new ScenarioResult("distributed", "Distributed pipeline (four processes, RabbitMQ, PostgreSQL)", "at least 2,000 items/s through the pipeline",
                "pipeline items/s (first submit to last watched)", 2_000),
            waitForPipeline: true, async (storage, ct) => await ServiceProcesses.StartAsync(storage, RabbitMq(options), options.FirstPort, ct), cancellationToken),
        "api" => PipelineScenario.RunAsync(options,
            new ScenarioResult("api", "Ingestion API (embedded host, SQLite)", "at least 3,000 accepted items/s", "accepted items/s", 3_000),
            waitForPipeline: false, async (storage, ct) => await EmbeddedHost.StartAsync(storage, ct), cancellationToken),
        "queue" => QueueScenario.RunAsync(options,
            new ScenarioResult("queue", $"PM queue, first page, {options.Items:N0} items in {options.Requests:N0} requests (embedded host, PostgreSQL)",
                "first page with any one filter under 50 ms at p99", "worst p99 of any one filter", 50, lowerIsBetter: true),
            cancellationToken),
        "tagging" => TaggingScenario.RunAsync(options,
            new ScenarioResult("tagging", "Tagging one item on one core (all taggers, in process, no host)", "at least 10,000 items/s, models loaded in under 1 s, under 200 MB",
                "items/s", 10_000) { AlsoBelow = ("model load (fresh process)", 1_000) }, cancellationToken),
        "review-reports" => ReviewReportsScenario.RunAsync(options,
            new ScenarioResult("review-reports", $"Reviewer's reports, {ReviewReportsScenario.Decisions:N0} decisions, 50 segment values, {ReviewReportsScenario.CsmCount} CSMs (in process, no host)",
                "full recompute of every report under 2 s", "full recompute", 2, lowerIsBetter: true),
            cancellationToken),
        _ => ImportScenario.RunAsync(options,
            new ScenarioResult($"import{(options.Storage == StorageProvider.Sqlite ? "" : "-postgresql")}{(options.Pipeline ? "" : "-no-pipeline")}",
                $"CSV import of {options.Items:N0} feedback rows (embedded host, {options.Storage}{(options.Pipeline ? "" : ", pipeline off")})",
                "under 60 s, memory flat (working set grows less than 100 MB from 10% to 100% of the file)", "wall time", 60, lowerIsBetter: true)
            {
                AlsoBelow = ("growth from 10% to 100%", 100),
            },
            cancellationToken),
    };

    private static Uri RabbitMq(BenchmarkOptions options) => new(options.RabbitMq
        ?? throw new InvalidOperationException("RabbitMQ is needed: pass --rabbitmq or set VOC_TEST_RABBITMQ (eval \"$(deploy/local/servers.sh env)\")."));
}
