using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Tests.Support;

/// <summary>A migrated database per provider plus MassTransit's test harness and the conformance outbox, emptied before each test.</summary>
public abstract class OutboxFixture(StorageProvider provider) : MigratedDatabaseFixture(provider)
{
    protected const string CountOutbox = "SELECT COUNT(*) FROM conformance_outbox";

    private ServiceProvider? _services;

    protected ITestHarness Harness { get; private set; } = null!;

    protected Outbox Outbox { get; } = new(ConformanceSchema.Service);

    [OneTimeSetUp]
    public async Task Start_a_bus()
    {
        _services = new ServiceCollection().AddMassTransitTestHarness().BuildServiceProvider(validateScopes: true);
        Harness = _services.GetRequiredService<ITestHarness>();
        await Harness.Start();
    }

    [OneTimeTearDown]
    public async Task Stop_the_bus()
    {
        Outbox.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    [SetUp]
    public async Task Empty_the_outbox()
    {
        await using var work = await Database.BeginAsync(CancellationToken.None);
        await work.ExecuteAsync("DELETE FROM conformance_outbox", null, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }
}
