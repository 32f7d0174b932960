using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_a_write_breaks_a_unique_key(StorageProvider provider) : MigratedDatabaseFixture(provider)
{
    private const string Insert = "INSERT INTO conformance_accounts (id, email) VALUES (@Id, @Email)";

    [Test]
    public async Task It_recognises_a_duplicate_primary_key()
    {
        var id = Guid.NewGuid();
        await WriteAsync(Insert, new { Id = id, Email = "first@example.com" });

        var error = await FailureOfAsync(Insert, new { Id = id, Email = "second@example.com" });

        Assert.That(Database.IsUniqueViolation(error), Is.True, error.ToString());
    }

    [Test]
    public async Task It_recognises_a_duplicate_in_a_unique_index()
    {
        await WriteAsync(Insert, new { Id = Guid.NewGuid(), Email = "same@example.com" });

        var error = await FailureOfAsync(Insert, new { Id = Guid.NewGuid(), Email = "same@example.com" });

        Assert.That(Database.IsUniqueViolation(error), Is.True, error.ToString());
    }

    [Test]
    public async Task It_does_not_mistake_a_missing_required_value_for_one()
    {
        var error = await FailureOfAsync(Insert, new { Id = Guid.NewGuid(), Email = (string?)null });

        Assert.That(Database.IsUniqueViolation(error), Is.False, error.ToString());
    }

    [Test]
    public async Task It_does_not_mistake_a_syntax_error_for_one()
    {
        var error = await FailureOfAsync("INSERT INTO conformance_accounts (id, email) VALUS (@Id, @Email)", new { Id = Guid.NewGuid(), Email = "x@example.com" });

        Assert.That(Database.IsUniqueViolation(error), Is.False, error.ToString());
    }

    [Test]
    public async Task It_does_not_mistake_a_missing_table_for_one()
    {
        var error = await FailureOfAsync("INSERT INTO conformance_nowhere (id) VALUES (@Id)", new { Id = Guid.NewGuid() });

        Assert.That(Database.IsUniqueViolation(error), Is.False, error.ToString());
    }

    private async Task WriteAsync(string sql, object parameters)
    {
        await using var work = await Database.BeginAsync(CancellationToken.None);
        await work.ExecuteAsync(sql, parameters, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }

    private async Task<Exception> FailureOfAsync(string sql, object parameters)
    {
        await using var work = await Database.BeginAsync(CancellationToken.None);
        return Assert.CatchAsync(() => work.ExecuteAsync(sql, parameters, CancellationToken.None));
    }
}
