using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_a_unit_of_work_ends(StorageProvider provider)
{
    private const string Insert = "INSERT INTO conformance_accounts (id, email) VALUES (@Id, @Email)";
    private const string CountById = "SELECT COUNT(*) FROM conformance_accounts WHERE id = @Id";
    private const string EmailById = "SELECT email FROM conformance_accounts WHERE id = @Id";

    private ProviderDatabase _storage = null!;
    private Database _database = null!;

    [OneTimeSetUp]
    public async Task Create_the_schema()
    {
        _storage = await ProviderDatabase.CreateAsync(provider);
        _database = await _storage.OpenMigratedAsync();
    }

    [OneTimeTearDown]
    public async Task Drop_the_database()
    {
        if (_storage is not null) // null when the provider's server is not there and the setup was skipped
        {
            await _storage.DisposeAsync();
        }
    }

    [Test]
    public async Task It_rolls_back_what_it_wrote_when_disposed_without_commit()
    {
        var id = Guid.NewGuid();
        int seenInside;
        await using (var work = await _database.BeginAsync(CancellationToken.None))
        {
            await work.ExecuteAsync(Insert, new { Id = id, Email = $"{id}@example.com" }, CancellationToken.None);
            seenInside = await work.QuerySingleOrDefaultAsync<int>(CountById, new { Id = id }, CancellationToken.None);
        }

        Assert.That(seenInside, Is.EqualTo(1), "the row is visible inside its own transaction");
        Assert.That(await _database.CountAsync(CountById, new { Id = id }), Is.Zero);
    }

    [Test]
    public async Task It_keeps_what_it_wrote_when_committed()
    {
        var id = Guid.NewGuid();
        await using (var work = await _database.BeginAsync(CancellationToken.None))
        {
            await work.ExecuteAsync(Insert, new { Id = id, Email = $"{id}@example.com" }, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await using var reader = await _database.BeginAsync(CancellationToken.None);
        Assert.That(await reader.QuerySingleOrDefaultAsync<string>(EmailById, new { Id = id }, CancellationToken.None), Is.EqualTo($"{id}@example.com"));
    }

    [Test]
    public async Task It_lets_the_next_unit_of_work_write_after_a_rollback()
    {
        var id = Guid.NewGuid();
        await using (var abandoned = await _database.BeginAsync(CancellationToken.None))
        {
            await abandoned.ExecuteAsync(Insert, new { Id = id, Email = $"{id}@example.com" }, CancellationToken.None);
        }

        await using (var work = await _database.BeginAsync(CancellationToken.None))
        {
            await work.ExecuteAsync(Insert, new { Id = id, Email = $"{id}@example.org" }, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await using var reader = await _database.BeginAsync(CancellationToken.None);
        Assert.That(await reader.QuerySingleOrDefaultAsync<string>(EmailById, new { Id = id }, CancellationToken.None), Is.EqualTo($"{id}@example.org"));
    }
}
