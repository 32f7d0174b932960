using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Messaging;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_a_batch_holds_a_poisoned_item(StorageProvider provider) : MigratedDatabaseFixture(provider)
{

    private static readonly DateTimeOffset At = new(2024, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Its_batch_mates_are_recorded_and_only_it_fails()
    {
        StageRow[] rows = [new(Guid.NewGuid(), At), new(null, At), new(Guid.NewGuid(), At)]; // a null item id breaks NOT NULL

        var recording = await Database.RecordOnceAsync(rows, row => row.RecordedAt, StageStatements.Insert, StageStatements.RecordedAt, CancellationToken.None);

        Assert.That(recording.RecordedAt, Is.EqualTo(new DateTimeOffset?[] { At, null, At }));
        Assert.That(recording.Failures, Has.Count.EqualTo(1));
        Assert.That(await Database.CountAsync(StageStatements.CountByItem, new { rows[0].ItemId }), Is.EqualTo(1));
        Assert.That(await Database.CountAsync(StageStatements.CountByItem, new { rows[2].ItemId }), Is.EqualTo(1));
    }

    [Test]
    public async Task Publishing_sends_the_recorded_items_then_fails()
    {
        StageRow[] rows = [new(Guid.NewGuid(), At), new(null, At)];
        var recording = await Database.RecordOnceAsync(rows, row => row.RecordedAt, StageStatements.Insert, StageStatements.RecordedAt, CancellationToken.None);
        var published = new List<int>();

        Assert.That(() => recording.PublishRecordedAsync((i, _) =>
        {
            published.Add(i);
            return Task.CompletedTask;
        }), Throws.InstanceOf<AggregateException>());
        Assert.That(published, Is.EquivalentTo(Enumerable.Range(0, 1)));
    }

    private sealed record StageRow(Guid? ItemId, DateTimeOffset RecordedAt);
}
