using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Ingestion.Features.Pipeline;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Ingestion.Tests.Pipeline;

/// <summary>
/// Ingestion's outbox gate on its real schema, without a relay running: items are put at a stage by hand and the
/// gate is asked how many more may be published (Ingestion:MaxInFlight = 100, StuckAfter = 5 minutes).
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.PostgreSql)]
public sealed class When_the_pipeline_has_items_in_flight(StorageProvider provider)
{
    private const int Limit = 100;
    private static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(5);

    private const string Insert = """
        INSERT INTO ingestion_feedback (feedback_id, correlation_id, account_id, text, source_channel, csm_id, csm_importance,
            goal_proximity, occurred_at, submitted_at, request_hash, stage, stage_changed_at)
        VALUES (@FeedbackId, @CorrelationId, 'acme', 'Exports time out', 'call', 'csm-ana', 1, 0, @SubmittedAt, @SubmittedAt, 'hash', @Stage, @SubmittedAt)
        """;

    private MigratedDatabase _migrated = null!;
    private Database _database = null!;
    private Outbox _outbox = null!;
    private ManualClock _clock = null!;
    private PipelineBackpressure _gate = null!;

    [OneTimeSetUp]
    public async Task Create_the_schema()
    {
        _migrated = await MigratedDatabase.CreateAsync(provider, IngestionModule.Name, typeof(IngestionModule).Assembly);
        _database = _migrated.Database;
        _outbox = new Outbox(IngestionModule.Name);
    }

    [OneTimeTearDown]
    public async Task Drop_the_database()
    {
        if (_migrated is not null)
        {
            _outbox?.Dispose();
            await _migrated.DisposeAsync();
        }
    }

    [SetUp]
    public async Task Start_empty()
    {
        await ExecuteAsync("DELETE FROM ingestion_feedback; DELETE FROM ingestion_outbox;");
        _clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        _gate = new PipelineBackpressure(_database, Options.Create(new IngestionOptions { MaxInFlight = Limit, StuckAfter = StuckAfter }),
            _clock, NullLogger<PipelineBackpressure>.Instance);
    }

    [Test]
    public async Task It_has_room_for_the_limit_when_every_item_went_through()
    {
        await AddAsync(30, PipelineStage.Watched);

        Assert.That(await _gate.RoomAsync(CancellationToken.None), Is.EqualTo(Limit));
    }

    [Test]
    public async Task It_counts_published_items_at_every_stage_before_the_last()
    {
        await AddAsync(10, PipelineStage.Submitted);
        await AddAsync(20, PipelineStage.Tagged);
        await AddAsync(30, PipelineStage.Queued);

        Assert.That(await _gate.RoomAsync(CancellationToken.None), Is.EqualTo(Limit - 60));
    }

    [Test]
    public async Task It_closes_when_the_limit_is_reached_and_opens_as_items_finish()
    {
        var inFlight = await AddAsync(Limit, PipelineStage.Tagged);
        var closed = await _gate.RoomAsync(CancellationToken.None);

        await ExecuteAsync("UPDATE ingestion_feedback SET stage = 3 WHERE stage = 1");
        var open = await _gate.RoomAsync(CancellationToken.None);

        Assert.That(inFlight, Has.Count.EqualTo(Limit));
        Assert.That(closed, Is.LessThanOrEqualTo(0));
        Assert.That(open, Is.EqualTo(Limit));
    }

    [Test]
    public async Task It_does_not_count_items_still_waiting_in_the_outbox()
    {
        await AddAsync(40, PipelineStage.Submitted, _clock.GetUtcNow().AddMinutes(-2));
        await AddQueuedAsync(500, _clock.GetUtcNow().AddMinutes(-1));

        Assert.That(await _gate.RoomAsync(CancellationToken.None), Is.EqualTo(Limit - 40));
    }

    [Test]
    public async Task It_stops_waiting_for_items_that_have_not_moved_for_StuckAfter()
    {
        await AddAsync(Limit, PipelineStage.Queued);
        var closed = await _gate.RoomAsync(CancellationToken.None);
        _clock.Advance(StuckAfter - TimeSpan.FromSeconds(1));
        var stillClosed = await _gate.RoomAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var openAnyway = await _gate.RoomAsync(CancellationToken.None);

        // The stuck items no longer count; new ones do.
        await AddAsync(Limit, PipelineStage.Tagged);
        var closedByNewItems = await _gate.RoomAsync(CancellationToken.None);

        Assert.That((closed, stillClosed), Is.EqualTo((0, 0)));
        Assert.That(openAnyway, Is.EqualTo(Limit));
        Assert.That(closedByNewItems, Is.LessThanOrEqualTo(0));
    }

    private async Task<List<Guid>> AddAsync(int count, PipelineStage stage, DateTimeOffset? submittedAt = null)
    {
        var rows = Enumerable.Range(0, count)
            .Select(_ => new { FeedbackId = Guid.CreateVersion7(), CorrelationId = Guid.NewGuid(), SubmittedAt = submittedAt ?? _clock.GetUtcNow(), Stage = (int)stage })
            .ToList();
        await using var work = await _database.BeginAsync(CancellationToken.None);
        await work.ExecuteAsync(Insert, rows, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return rows.Select(row => row.FeedbackId).ToList();
    }

    /// <summary>Items written with their FeedbackSubmitted, which the relay has not published yet.</summary>
    private async Task AddQueuedAsync(int count, DateTimeOffset submittedAt)
    {
        var ids = await AddAsync(count, PipelineStage.Submitted, submittedAt);
        var messages = ids.Select(id => (id, Guid.NewGuid(), new FeedbackSubmitted(id, Guid.NewGuid(), submittedAt,
            new FeedbackDetails("acme", "csm-ana", "call", 1, 0, null, submittedAt), "Exports time out")));
        await using var work = await _database.BeginAsync(CancellationToken.None);
        await _outbox.AddManyAsync(work, messages, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var work = await _database.BeginAsync(CancellationToken.None);
        await work.ExecuteAsync(sql, null, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
