using System.Globalization;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Benchmarks;

/// <summary>The command line: a scenario and its settings.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/VoiceOfCustomer.Benchmarks -- <scenario> [options]

        scenarios:
          embedded     all-in-one host in this process (in-memory bus, SQLite): items/s accepted and through the pipeline, latency, memory
          distributed  the four services as processes on RabbitMQ + PostgreSQL: the same figures
          api          ingestion API alone (embedded host): accepted items/s
          import       a generated feedback CSV (1,000,000 rows by default) posted to /api/imports/feedback: rows/s, memory curve
          tagging      every tagger over one item on one thread, in process: items/s, model load time, memory;
                       the similarity query apart, over --requests requests (--queries of them)
          queue        PostgreSQL loaded with 1,000,000 items in 100,000 requests: latency of the queue's first page per filter
          review-reports  1,000,000 triage decisions from 200 CSMs over 50 segment values fed to the reviewer's counts:
                       decisions/s and the wall time of recomputing every report (goal under 2 s)

        options:
          --items N           items (rows for import); default 20000, import 1000000
          --runs N            runs, each on a fresh database; the median is reported (default 3)
          --concurrency N     requests in flight (default 48)
          --accounts N        accounts in the registry (default 200; queue 20000)
          --requests N        queue, tagging: requests the items are forwarded into (default 100000)
          --queries N         queue, tagging: timed requests per filter and run (default 300)
          --storage P         import only: sqlite (default) or postgresql
          --pipeline off      import only: host without the pipeline consumers (imported items go nowhere), to
                              measure the import alone
          --write FILE        update this scenario's section of FILE (e.g. docs/benchmarks.md)
          --run-file FILE     import only, used by the benchmark itself: run one import in this process and write its
                              figures to FILE (each import run is a process of its own, so memory figures are clean)
          --postgres CS       PostgreSQL server (default $VOC_TEST_POSTGRES, see deploy/local/servers.sh env)
          --rabbitmq URI      RabbitMQ broker (default $VOC_TEST_RABBITMQ)
          --first-port N      distributed: Ingestion's port, the others follow (default 5101)
        """;

    public required string Scenario { get; init; }

    public int Items { get; init; }

    public int Runs { get; init; } = 3;

    public int Concurrency { get; init; } = 48;

    public int Accounts { get; init; } = 200;

    public int Requests { get; init; } = 100_000;

    public int Queries { get; init; } = 300;

    public StorageProvider Storage { get; init; } = StorageProvider.Sqlite;

    public string? WriteTo { get; init; }

    /// <summary>Set in the child process that runs one import: where its figures go (the parent starts one such process per run).</summary>
    public string? RunFile { get; init; }

    /// <summary>The arguments as typed, to start a child process with the same settings.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Whether the embedded host runs the pipeline consumers (import diagnostics can turn them off).</summary>
    public bool Pipeline { get; init; } = true;

    public string? PostgreSql { get; init; } = Environment.GetEnvironmentVariable("VOC_TEST_POSTGRES");

    public string? RabbitMq { get; init; } = Environment.GetEnvironmentVariable("VOC_TEST_RABBITMQ");

    public int FirstPort { get; init; } = 5101;

    /// <summary>The command as typed, for the report.</summary>
    public required string Command { get; init; }

    public static BenchmarkOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("embedded" or "distributed" or "api" or "import" or "queue" or "tagging" or "review-reports"))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        int Number(string name, int fallback) =>
            values.TryGetValue(name, out var text) ? int.Parse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

        var scenario = args[0];
        return new BenchmarkOptions
        {
            Scenario = scenario,
            Items = Number("items", scenario is "import" or "queue" ? 1_000_000 : scenario == "tagging" ? 200_000 : 20_000),
            Runs = Number("runs", 3),
            Concurrency = Number("concurrency", 48),
            Accounts = Number("accounts", scenario == "queue" ? 20_000 : 200),
            Requests = Number("requests", 100_000),
            Queries = Number("queries", 300),
            Storage = scenario == "queue" || (values.TryGetValue("storage", out var storage) && storage.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
                ? StorageProvider.PostgreSql
                : StorageProvider.Sqlite,
            WriteTo = values.GetValueOrDefault("write"),
            Pipeline = values.GetValueOrDefault("pipeline") != "off",
            RunFile = values.GetValueOrDefault("run-file"),
            Arguments = args,
            PostgreSql = values.GetValueOrDefault("postgres") ?? Environment.GetEnvironmentVariable("VOC_TEST_POSTGRES"),
            RabbitMq = values.GetValueOrDefault("rabbitmq") ?? Environment.GetEnvironmentVariable("VOC_TEST_RABBITMQ"),
            FirstPort = Number("first-port", 5101),
            Command = "dotnet run -c Release --project tests/VoiceOfCustomer.Benchmarks -- " + string.Join(' ', args),
        };
    }
}
