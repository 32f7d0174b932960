using System.Data.Common;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_a_migration_fails(StorageProvider provider)
{
    private const string FixedScript = "CREATE TABLE conformance_half (id int PRIMARY KEY)";
    private static readonly int[] WithTheFixedOne = [1, 2, 3, 4];

    private ProviderDatabase _storage = null!;
    private Database _database = null!;
    private MigrationScripts _failing = null!;

    [SetUp]
    public async Task Apply_the_embedded_migrations_then_a_failing_one()
    {
        _storage = await ProviderDatabase.CreateAsync(provider);
        _database = await _storage.OpenMigratedAsync();

        // Creates a table and fills it, then fails: the table must not survive. SQL Server runs it as three batches.
        var separator = provider == StorageProvider.SqlServer ? "\nGO\n" : "\n";
        _failing = MigrationScripts.Embedded(provider).With(4, "half_done", string.Join(
            separator,
            "CREATE TABLE conformance_half (id int PRIMARY KEY);",
            "INSERT INTO conformance_half (id) VALUES (1);",
            "INSERT INTO conformance_missing (id) VALUES (1);"));
    }

    [TearDown]
    public async Task Drop_the_database()
    {
        if (_storage is not null) // null when the provider's server is not there and the setup was skipped
        {
            await _storage.DisposeAsync();
        }
    }

    [Test]
    public async Task It_leaves_nothing_of_it_behind()
    {
        Assert.ThrowsAsync(Is.InstanceOf<DbException>(), () => ProviderDatabase.Runner(_database).ApplyAsync(_failing.Set, CancellationToken.None));

        Assert.That(await _database.HasTableAsync("conformance_half"), Is.False);
        Assert.That((await _database.HistoryAsync()).Select(m => m.Version), Is.EqualTo(ConformanceSchema.Versions));
    }

    [Test]
    public async Task It_applies_the_fixed_migration_on_the_next_start()
    {
        Assert.ThrowsAsync(Is.InstanceOf<DbException>(), () => ProviderDatabase.Runner(_database).ApplyAsync(_failing.Set, CancellationToken.None));
        var fixedScripts = MigrationScripts.Embedded(provider).With(4, "half_done", FixedScript);

        var applied = await ProviderDatabase.Runner(_storage.Open()).ApplyAsync(fixedScripts.Set, CancellationToken.None);

        Assert.That(applied, Is.EqualTo(1));
        Assert.That(await _database.HasTableAsync("conformance_half"), Is.True);
        Assert.That((await _database.HistoryAsync()).Select(m => m.Version), Is.EqualTo(WithTheFixedOne));
    }
}
