using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_the_schema_does_not_match_the_code(StorageProvider provider)
{
    private static readonly int[] UpToTheNewerCode = [1, 2, 3, 4];
    private static readonly int[] UpToTheEditedOne = [1, 2];

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
    public async Task It_refuses_to_start_on_a_database_newer_than_the_code_naming_both_versions()
    {
        var database = _storage.Open();
        var newerCode = MigrationScripts.Embedded(provider).With(4, "future", "CREATE TABLE conformance_future (id int PRIMARY KEY)");
        await ProviderDatabase.Runner(database).ApplyAsync(newerCode.Set, CancellationToken.None);

        var refusal = Assert.ThrowsAsync<InvalidOperationException>(
            () => ProviderDatabase.Runner(_storage.Open()).ApplyAsync(ConformanceSchema.Embedded, CancellationToken.None));

        Assert.That(refusal.Message, Does.Contain("conformance").And.Contain("version 4").And.Contain("(3)"));
        Assert.That((await database.HistoryAsync()).Select(m => m.Version), Is.EqualTo(UpToTheNewerCode));
    }

    [Test]
    public async Task It_refuses_to_start_when_an_applied_migration_changed_and_applies_nothing_after_it()
    {
        var database = _storage.Open();
        var scripts = MigrationScripts.Embedded(provider);
        await ProviderDatabase.Runner(database).ApplyAsync(scripts.Without(3).Set, CancellationToken.None);
        var edited = scripts.Edited(2, script => script + "\n-- edited after it was applied\n");

        var refusal = Assert.ThrowsAsync<InvalidOperationException>(
            () => ProviderDatabase.Runner(database).ApplyAsync(edited.Set, CancellationToken.None));

        Assert.That(refusal.Message, Does.Contain("migration 2 (outbox) changed"));
        Assert.That(await database.HasTableAsync("conformance_stages"), Is.False, "migration 3 must not run");
        Assert.That((await database.HistoryAsync()).Select(m => m.Version), Is.EqualTo(UpToTheEditedOne));
    }
}
