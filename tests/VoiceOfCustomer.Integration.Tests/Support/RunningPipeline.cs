using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>Everything one test run starts: a fresh database and virtual host, the four service hosts, and the test's views into them.</summary>
internal sealed class RunningPipeline : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _started = [];

    private RunningPipeline()
    {
    }

    public ServiceHosts Hosts { get; private set; } = null!;

    public IngestionApi Api { get; private set; } = null!;

    public PipelineTables Tables { get; private set; } = null!;

    public BrokerQueues Queues { get; private set; } = null!;

    public static async Task<RunningPipeline> StartAsync()
    {
        // Both servers are looked up before anything is created: without them the run is skipped (or fails under tests/run.sh).
        TestServers.PostgreSql();
        var broker = BrokerAddress.Parse(TestServers.RabbitMq());

        var pipeline = new RunningPipeline();
        try
        {
            var database = pipeline.Keep(await TemporaryDatabase.PostgreSqlAsync());
            var virtualHost = pipeline.Keep(await TemporaryVirtualHost.CreateAsync(broker.Username));
            pipeline.Tables = pipeline.Keep(new PipelineTables(database.ConnectionString));
            pipeline.Queues = pipeline.Keep(await BrokerQueues.ConnectAsync(broker, virtualHost.Name));
            pipeline.Hosts = pipeline.Keep(new ServiceHosts(Settings(database, broker, virtualHost.Name)));
            await pipeline.Hosts.StartAsync();
            pipeline.Api = new IngestionApi(pipeline.Hosts.Ingestion.CreateDefaultClient(new KeyPerEndpointHandler(pipeline.Hosts.Ingestion.Services)));
            return pipeline;
        }
        catch
        {
            await pipeline.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Stops in reverse order of start: the hosts, then the test's connections, the virtual host and the database.
    /// One failing step does not keep the next from running, so the run leaves nothing behind on the shared servers.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Api?.Dispose();
        var failures = new List<Exception>();
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            try
            {
                await _started[i].DisposeAsync();
            }
            catch (Exception exception)
            {
                failures.Add(exception);
            }
        }

        _started.Clear();
        if (failures.Count > 0)
        {
            throw new AggregateException("Stopping the distributed pipeline failed.", failures);
        }
    }

    /// <summary>What every service process of one installation is configured with: the database, the broker, one key ring.</summary>
    public static Dictionary<string, string?> Settings(TemporaryDatabase database, BrokerAddress broker, string virtualHost) => new(database.Settings)
    {
        ["Bus:Transport"] = "RabbitMq",
        ["Bus:RabbitMq:Host"] = broker.Host,
        ["Bus:RabbitMq:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bus:RabbitMq:VirtualHost"] = virtualHost,
        ["Bus:RabbitMq:Username"] = broker.Username,
        ["Bus:RabbitMq:Password"] = broker.Password,
        // The short form: through the factory's settings, a parent key like Serilog:MinimumLevel reads as "" instead of absent.
        ["Serilog:MinimumLevel"] = "Warning",
        // Nothing may pass because the reconciler re-sent it: what a stopped service missed must come from the broker.
        ["Ingestion:StuckAfter"] = "01:00:00",
    };

    private T Keep<T>(T started)
        where T : IAsyncDisposable
    {
        _started.Add(started);
        return started;
    }
}
