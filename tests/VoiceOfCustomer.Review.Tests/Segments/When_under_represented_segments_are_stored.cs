using Dapper;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Disparity;
using VoiceOfCustomer.Review.Features.Holds;
using VoiceOfCustomer.Review.Features.Segments;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Review.Tests.Segments;

/// <summary>
/// review_segments on each provider: the reports replace it whole, and holds read from it which of an account's values
/// are under-represented, with the rule and figures in words.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.PostgreSql)]
public sealed class When_under_represented_segments_are_stored(StorageProvider provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private MigratedDatabase? _schema;

    private Database Database => _schema?.Database ?? throw new InvalidOperationException("The set-up made no database.");

    [SetUp]
    public async Task CreateAsync() => _schema = await MigratedDatabase.CreateAsync(provider, ReviewModule.Name, typeof(ReviewModule).Assembly);

    // Without PostgreSQL (plain dotnet test) the set-up skips the test and there is nothing to drop.
    [TearDown]
    public async Task DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
            _schema = null;
        }
    }

    [Test]
    public async Task Holds_find_the_accounts_under_represented_values_with_their_rule()
    {
        var table = new SegmentsTable(Database);
        await table.ReplaceAsync([Row("language", "ga", UnderRepresentation.PolicyDesignated), Row("language", "en", UnderRepresentation.None)], Now, CancellationToken.None);

        var account = new AccountSegments(new Dictionary<string, string> { ["language"] = "ga", ["region"] = "EMEA" });
        await using var work = await Database.BeginAsync(CancellationToken.None);
        var reasons = await UnderRepresentedSegments.MatchAsync(work, account, CancellationToken.None);

        Assert.That(reasons, Has.Count.EqualTo(1));
        Assert.That(reasons[0], Does.StartWith("under-represented segment language = ga (policy"));
    }

    [Test]
    public async Task A_new_answer_replaces_the_old_one_whole()
    {
        var table = new SegmentsTable(Database);
        await table.ReplaceAsync([Row("language", "ga", UnderRepresentation.PolicyDesignated)], Now, CancellationToken.None);
        await table.ReplaceAsync([Row("region", "LATAM", UnderRepresentation.MinorityShare), Row("language", "ga", UnderRepresentation.None)], Now.AddMinutes(1), CancellationToken.None);

        await using var connection = await Database.OpenAsync(CancellationToken.None);
        var rows = (await connection.QueryAsync<(string Attribute, string Value, bool UnderRepresented)>(
            "SELECT attribute, value, under_represented FROM review_segments ORDER BY attribute, value")).ToList();
        Assert.That(rows, Is.EqualTo(new[] { ("language", "ga", false), ("region", "LATAM", true) }));
    }

    private static VoiceGapRow Row(string attribute, string value, UnderRepresentation rules) =>
        new(attribute, value, 3, 100, 2, 500, 0.03, 0.004, 0.13, 0.0021, rules);
}
