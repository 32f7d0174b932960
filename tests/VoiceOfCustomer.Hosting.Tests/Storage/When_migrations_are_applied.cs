using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_migrations_are_applied(StorageProvider provider)
{
    private ProviderDatabase _storage = null!;

    [SetUp]
    public async Task Create_an_empty_database() => _storage = await ProviderDatabase.CreateAsync(provider);

    [TearDown]
    public async Task Drop_the_database()
    {
        if (_storage is not null) // null when the provider's server is not there and the setup was skipped
        {
            await _storage.DisposeAsync();
        }
    }

    [Test]
    public async Task It_applies_the_embedded_migrations_in_version_order()
    {
        var database = _storage.Open();

        var applied = await ProviderDatabase.Runner(database).ApplyAsync(ConformanceSchema.Embedded, CancellationToken.None);

        Assert.That(applied, Is.EqualTo(3));
        Assert.That(await database.JournalAsync(), Is.EqualTo(ConformanceSchema.Versions));
    }

    [Test]
    public async Task It_applies_them_in_version_order_whatever_order_they_are_listed_in()
    {
        var database = _storage.Open();
        var listedNewestFirst = MigrationScripts.Embedded(provider).Set;

        await ProviderDatabase.Runner(database).ApplyAsync(listedNewestFirst, CancellationToken.None);

        Assert.That(await database.JournalAsync(), Is.EqualTo(ConformanceSchema.Versions));
    }

    [Test]
    public async Task It_records_each_version_with_its_name_in_the_service_history_table()
    {
        var database = await _storage.OpenMigratedAsync();

        Assert.That(await database.HistoryAsync(), Is.EqualTo(new[] { (1, "journal_and_values"), (2, "outbox"), (3, "stages_and_accounts") }));
    }

    [Test]
    public async Task It_applies_nothing_when_run_again()
    {
        var database = await _storage.OpenMigratedAsync();

        var applied = await ProviderDatabase.Runner(_storage.Open()).ApplyAsync(ConformanceSchema.Embedded, CancellationToken.None);

        Assert.That(applied, Is.Zero);
        Assert.That(await database.JournalAsync(), Is.EqualTo(ConformanceSchema.Versions));
        Assert.That(await database.HistoryAsync(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task It_applies_only_what_is_pending()
    {
        var database = _storage.Open();
        var runner = ProviderDatabase.Runner(database);
        await runner.ApplyAsync(MigrationScripts.Embedded(provider).Without(3).Set, CancellationToken.None);

        var applied = await runner.ApplyAsync(ConformanceSchema.Embedded, CancellationToken.None);

        Assert.That(applied, Is.EqualTo(1));
        Assert.That(await database.JournalAsync(), Is.EqualTo(ConformanceSchema.Versions));
    }

    [Test]
    public async Task It_applies_each_migration_once_when_two_copies_of_the_service_start_together()
    {
        var first = ProviderDatabase.Runner(_storage.Open());
        var second = ProviderDatabase.Runner(_storage.Open());

        var applied = await Task.WhenAll(
            first.ApplyAsync(ConformanceSchema.Embedded, CancellationToken.None),
            second.ApplyAsync(ConformanceSchema.Embedded, CancellationToken.None));

        var database = _storage.Open();
        Assert.That(applied.Sum(), Is.EqualTo(3), $"applied by each copy: {string.Join(", ", applied)}");
        Assert.That(await database.JournalAsync(), Is.EqualTo(ConformanceSchema.Versions));
        Assert.That((await database.HistoryAsync()).Select(m => m.Version), Is.EqualTo(ConformanceSchema.Versions));
    }
}
