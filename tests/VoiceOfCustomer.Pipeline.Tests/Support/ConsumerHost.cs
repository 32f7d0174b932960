using Dapper;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Pipeline.Tests.Support;

/// <summary>
/// One service's consumers on MassTransit's test harness (in memory, no broker) over a fresh SQLite file
/// with the service's migrations applied, and a clock the test controls.
/// </summary>
public sealed class ConsumerHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _database;
    private readonly ServiceProvider _provider;

    private ConsumerHost(TemporaryDatabase database, ServiceProvider provider, ManualClock clock, PublishRecorder published)
    {
        _database = database;
        _provider = provider;
        Clock = clock;
        Published = published;
    }

    public ManualClock Clock { get; }

    public PublishRecorder Published { get; }

    public ITestHarness Harness => _provider.GetRequiredService<ITestHarness>();

    public Database Database => _provider.GetRequiredService<Database>();

    public IServiceProvider Services => _provider;

    public static async Task<ConsumerHost> StartAsync(Action<IServiceCollection> addService, Action<IBusRegistrationConfigurator> addConsumers)
    {
        ArgumentNullException.ThrowIfNull(addService);
        ArgumentNullException.ThrowIfNull(addConsumers);
        var database = TemporaryDatabase.Sqlite();
        var clock = new ManualClock(Start);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddStorage();
        addService(services);
        services.AddMassTransitTestHarness(bus =>
        {
            addConsumers(bus);
            bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(30), testInactivityTimeout: TimeSpan.FromSeconds(2));
        });
        var provider = services.BuildServiceProvider(validateScopes: true);
        var runner = provider.GetRequiredService<MigrationRunner>();
        foreach (var migrations in provider.GetServices<MigrationSet>())
        {
            await runner.ApplyAsync(migrations, CancellationToken.None);
        }

        var harness = provider.GetRequiredService<ITestHarness>();
        var published = new PublishRecorder();
        harness.Bus.ConnectPublishObserver(published);
        await harness.Start();
        return new ConsumerHost(database, provider, clock, published);
    }

    /// <summary>Publishes as a producer would, with the message id a redelivery keeps.</summary>
    public Task PublishAsync<T>(T message, Guid messageId)
        where T : class =>
        Harness.Bus.Publish(message, context => context.MessageId = messageId);

    /// <summary>Waits until <paramref name="count"/> published messages of a type match, and returns them in the order they were published.</summary>
    public Task<IReadOnlyList<Published<T>>> PublishedAsync<T>(Func<T, bool> matches, int count)
        where T : class =>
        Eventually.Until(
            () => Task.FromResult<IReadOnlyList<Published<T>>>([.. Published.Of<T>().Where(p => matches(p.Message))]),
            found => found.Count >= count, TimeSpan.FromSeconds(30), $"{count} {typeof(T).Name} to be published");

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        await _database.DisposeAsync();
    }
}
