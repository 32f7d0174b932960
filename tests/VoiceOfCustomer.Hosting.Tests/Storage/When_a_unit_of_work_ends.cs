using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_a_unit_of_work_ends(StorageProvider provider) : MigratedDatabaseFixture(provider)
{
    private const string Insert = "INSERT INTO conformance_accounts (id, email) VALUES (@Id, @Email)";
    private const string CountById = "SELECT COUNT(*) FROM conformance_accounts WHERE id = @Id";
    private const string EmailById = "SELECT email FROM conformance_accounts WHERE id = @Id";

    [Test]
    public async Task It_rolls_back_what_it_wrote_when_disposed_without_commit()
    {
        var id = Guid.NewGuid();
        int seenInside;
        await using (var work = await Database.BeginAsync(CancellationToken.None))
        {
            await work.ExecuteAsync(Insert, new { Id = id, Email = $"{id}@example.com" }, CancellationToken.None);
            seenInside = await work.QuerySingleOrDefaultAsync<int>(CountById, new { Id = id }, CancellationToken.None);
        }

        Assert.That(seenInside, Is.EqualTo(1), "the row is visible inside its own transaction");
        Assert.That(await Database.CountAsync(CountById, new { Id = id }), Is.Zero);
    }

    [Test]
    public async Task It_keeps_what_it_wrote_when_committed()
    {
        var id = Guid.NewGuid();
        await using (var work = await Database.BeginAsync(CancellationToken.None))
        {
            await work.ExecuteAsync(Insert, new { Id = id, Email = $"{id}@example.com" }, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await using var reader = await Database.BeginAsync(CancellationToken.None);
        Assert.That(await reader.QuerySingleOrDefaultAsync<string>(EmailById, new { Id = id }, CancellationToken.None), Is.EqualTo($"{id}@example.com"));
    }

    [Test]
    public async Task It_lets_the_next_unit_of_work_write_after_a_rollback()
    {
        var id = Guid.NewGuid();
        await using (var abandoned = await Database.BeginAsync(CancellationToken.None))
        {
            await abandoned.ExecuteAsync(Insert, new { Id = id, Email = $"{id}@example.com" }, CancellationToken.None);
        }

        await using (var work = await Database.BeginAsync(CancellationToken.None))
        {
            await work.ExecuteAsync(Insert, new { Id = id, Email = $"{id}@example.org" }, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await using var reader = await Database.BeginAsync(CancellationToken.None);
        Assert.That(await reader.QuerySingleOrDefaultAsync<string>(EmailById, new { Id = id }, CancellationToken.None), Is.EqualTo($"{id}@example.org"));
    }
}
