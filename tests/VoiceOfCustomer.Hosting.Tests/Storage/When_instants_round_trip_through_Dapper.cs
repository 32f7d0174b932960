using Dapper;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_instants_round_trip_through_Dapper(StorageProvider provider) : MigratedDatabaseFixture(provider)
{
    private const string OrderedByTime = "SELECT id FROM conformance_values WHERE batch_id = @BatchId ORDER BY happened_at";
    private const string LaterThan = "SELECT id FROM conformance_values WHERE batch_id = @BatchId AND happened_at > @Pivot ORDER BY happened_at";
    private const string At = "SELECT id FROM conformance_values WHERE batch_id = @BatchId AND happened_at = @Pivot";
    private const string HappenedAtById = "SELECT happened_at FROM conformance_values WHERE id = @Id";
    private const string SeenAtById = "SELECT seen_at FROM conformance_values WHERE id = @Id";

    private static readonly DateTimeOffset Noon = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task It_reads_back_an_instant_as_the_same_moment_in_UTC_to_the_microsecond()
    {
        var inIndia = new DateTimeOffset(2024, 2, 29, 23, 30, 15, TimeSpan.FromHours(5.5)).AddTicks(1_234_560);

        var read = await Database.RoundTripAsync(new ValueRow { HappenedAt = inIndia });

        Assert.That(read.HappenedAt.UtcTicks, Is.EqualTo(inIndia.UtcTicks));
        Assert.That(read.HappenedAt.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task It_reads_an_instant_or_null_from_a_single_column_query()
    {
        var happenedAt = new DateTimeOffset(2024, 6, 1, 14, 0, 0, TimeSpan.FromHours(2)).AddTicks(10);
        var row = new ValueRow { HappenedAt = happenedAt, SeenAt = null };
        await Database.InsertAsync([row]);

        await using var connection = await Database.OpenAsync(CancellationToken.None);
        var queried = await connection.QuerySingleAsync<DateTimeOffset>(HappenedAtById, new { row.Id });
        var nullable = await connection.QuerySingleAsync<DateTimeOffset?>(HappenedAtById, new { row.Id });
        var scalar = await connection.ExecuteScalarAsync<DateTimeOffset>(HappenedAtById, new { row.Id });
        var missing = await connection.QuerySingleAsync<DateTimeOffset?>(SeenAtById, new { row.Id });

        Assert.That(new[] { queried, nullable!.Value, scalar }.Select(at => (at.UtcTicks, at.Offset)), Has.All.EqualTo((happenedAt.UtcTicks, TimeSpan.Zero)));
        Assert.That(missing, Is.Null);
    }

    [Test]
    public async Task It_orders_and_compares_instants_in_SQL_like_time_whatever_their_offset()
    {
        var batch = Guid.NewGuid();
        DateTimeOffset[] inTimeOrder =
        [
            Noon.AddDays(-1).AddTicks(9_999_990).ToOffset(TimeSpan.FromHours(14)),
            Noon.AddSeconds(-0.5).ToOffset(TimeSpan.FromHours(2)),
            Noon.AddTicks(-10),
            Noon.ToOffset(TimeSpan.FromHours(-7)),
            Noon.AddTicks(10),
            Noon.AddSeconds(0.1).ToOffset(TimeSpan.FromHours(9)),
            Noon.AddSeconds(0.25),
            Noon.AddSeconds(1).ToOffset(TimeSpan.FromHours(-12)),
        ];
        var rows = inTimeOrder.Select(at => new ValueRow { BatchId = batch, HappenedAt = at }).ToList();
        await Database.InsertAsync(rows.OrderBy(row => row.Id)); // an order unrelated to time

        await using var connection = await Database.OpenAsync(CancellationToken.None);
        var ordered = await connection.QueryAsync<Guid>(OrderedByTime, new { BatchId = batch });
        var pivot = Noon.ToOffset(TimeSpan.FromHours(1));
        var later = await connection.QueryAsync<Guid>(LaterThan, new { BatchId = batch, Pivot = pivot });
        var atNoon = await connection.QueryAsync<Guid>(At, new { BatchId = batch, Pivot = pivot });

        Assert.That(ordered, Is.EqualTo(rows.Select(row => row.Id)));
        Assert.That(later, Is.EqualTo(rows.Skip(4).Select(row => row.Id)));
        Assert.That(atNoon, Is.EqualTo(new[] { rows[3].Id }));
    }
}
