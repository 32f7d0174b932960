using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Messaging;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_a_stage_is_recorded_twice(StorageProvider provider) : MigratedDatabaseFixture(provider)
{

    private static readonly DateTimeOffset First = new(2024, 6, 1, 8, 0, 0, 125, TimeSpan.Zero);
    private static readonly DateTimeOffset Second = First.AddMinutes(5);

    [Test]
    public async Task It_returns_the_first_recorded_time()
    {
        var item = Guid.NewGuid();

        var first = await RecordAsync(new StageRow(item, First));
        var second = await RecordAsync(new StageRow(item, Second));

        Assert.That(first, Is.EqualTo(new[] { First }));
        Assert.That(second, Is.EqualTo(new[] { First }));
    }

    [Test]
    public async Task It_writes_nothing_the_second_time()
    {
        var item = Guid.NewGuid();
        await RecordAsync(new StageRow(item, First));

        await RecordAsync(new StageRow(item, Second));

        Assert.That(await Database.CountAsync(StageStatements.CountByItem, new { ItemId = item }), Is.EqualTo(1));
        await using var work = await Database.BeginAsync(CancellationToken.None);
        Assert.That(await work.QuerySingleOrDefaultAsync<DateTimeOffset>(StageStatements.RecordedAt, new { ItemId = item }, CancellationToken.None), Is.EqualTo(First));
    }

    [Test]
    public async Task It_records_new_rows_beside_ones_already_seen_in_one_call()
    {
        var seen = Guid.NewGuid();
        var fresh = Guid.NewGuid();
        await RecordAsync(new StageRow(seen, First));

        var recorded = await RecordAsync(new StageRow(seen, Second), new StageRow(fresh, Second));

        Assert.That(recorded, Is.EqualTo(new[] { First, Second }));
        Assert.That(await Database.CountAsync(StageStatements.CountByItem, new { ItemId = fresh }), Is.EqualTo(1));
    }

    [Test]
    public async Task It_returns_the_same_time_both_times_for_a_clock_reading_finer_than_the_database_keeps()
    {
        Guid[] items = [Guid.NewGuid(), Guid.NewGuid()];
        var now = new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567); // 100 ns ticks, as the system clock gives

        var first = await RecordAsync([.. items.Select(item => new StageRow(item, now))]);
        var second = await RecordAsync([.. items.Select(item => new StageRow(item, now.AddSeconds(1)))]);

        // A re-published stage event must carry exactly the time of the first, offset included (it is serialized).
        Assert.That(second.Select(at => (at.UtcTicks, at.Offset)), Is.EqualTo(first.Select(at => (at.UtcTicks, at.Offset))));
        Assert.That(first.Select(at => at.UtcTicks), Has.All.EqualTo(now.UtcTicks).Within(9), "no more than the sub-microsecond part is dropped");
    }

    private async Task<IReadOnlyList<DateTimeOffset>> RecordAsync(params StageRow[] rows)
    {
        var recording = await Database.RecordOnceAsync(rows, row => row.RecordedAt, StageStatements.Insert, StageStatements.RecordedAt, CancellationToken.None);
        Assert.That(recording.Failures, Is.Empty);
        return [.. recording.RecordedAt.Select(at => at!.Value)];
    }

    private sealed record StageRow(Guid ItemId, DateTimeOffset RecordedAt);
}
