using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Audit;

namespace VoiceOfCustomer.Review.Tests.Audit;

/// <summary>Appends: a gapless chain from record 1, once per source, also when several copies of Review append at once.</summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.PostgreSql)]
public sealed class When_records_are_appended(StorageProvider provider)
{
    private AuditTestLog _log = null!;

    [SetUp]
    public async Task CreateAsync() => _log = await AuditTestLog.CreateAsync(provider);

    [TearDown]
    public async Task DropAsync()
    {
        // Unset when SetUp skipped the test (no PostgreSQL here): nothing to drop.
        if (_log is not null)
        {
            await _log.DisposeAsync();
        }
    }

    [Test]
    public async Task Each_record_chains_to_the_one_before_from_the_genesis_hash()
    {
        var first = await _log.Log.AppendAsync(AuditTestLog.Entry("a", 1), CancellationToken.None);
        var second = await _log.Log.AppendAsync(AuditTestLog.Entry("b", 2), CancellationToken.None);

        Assert.That(first.Record.Seq, Is.EqualTo(1));
        Assert.That(first.Record.PrevHash, Is.EqualTo(new string('0', 64)));
        Assert.That(second.Record.Seq, Is.EqualTo(2));
        Assert.That(second.Record.PrevHash, Is.EqualTo(first.Record.Hash));
        Assert.That(second.Record.Hash, Is.EqualTo(AuditBytes.RecordHash(second.Record)).And.Not.EqualTo(first.Record.Hash));
    }

    [Test]
    public async Task What_is_read_back_hashes_as_it_did_when_written()
    {
        var appended = await _log.Log.AppendAsync(AuditTestLog.Entry("a", 1), CancellationToken.None);

        var stored = (await _log.Reads.RecordsBeforeAsync(long.MaxValue, 10, CancellationToken.None)).Single();

        Assert.That(stored, Is.EqualTo(appended.Record));
        Assert.That(AuditBytes.RecordHash(stored), Is.EqualTo(stored.Hash));
    }

    [Test]
    public async Task A_redelivered_source_appends_nothing_and_answers_the_first_record()
    {
        var first = await _log.Log.AppendAsync(AuditTestLog.Entry("FeedbackTriaged:1", 1), CancellationToken.None);
        var again = await _log.Log.AppendAsync(AuditTestLog.Entry("FeedbackTriaged:1", 99), CancellationToken.None);

        Assert.That(again.Appended, Is.False);
        Assert.That(again.Record, Is.EqualTo(first.Record));
        Assert.That(await _log.SeqsAsync(), Is.EqualTo(new long[] { 1 }));
    }

    [Test]
    public async Task The_sequence_stays_gapless_when_four_copies_of_review_append_at_once()
    {
        const int copies = 4;
        const int each = 25;
        var logs = Enumerable.Range(0, copies).Select(_ => new AuditLog(_log.Open(), TimeProvider.System)).ToList();

        await Task.WhenAll(logs.Select((log, copy) => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                await log.AppendAsync(AuditTestLog.Entry($"copy{copy}:{i}", i), CancellationToken.None);
            }
        })));

        Assert.That(await _log.SeqsAsync(), Is.EqualTo(Enumerable.Range(1, copies * each).Select(seq => (long)seq)));
        var verified = await _log.Verifier.VerifyAsync(CancellationToken.None);
        Assert.That(verified.Intact, Is.True, verified.Summary);
    }

    [Test]
    public async Task A_failed_caller_transaction_leaves_no_record_and_no_gap()
    {
        await _log.Log.AppendAsync(AuditTestLog.Entry("kept", 1), CancellationToken.None);
        await using (var work = await _log.Database.BeginAsync(CancellationToken.None))
        {
            await _log.Log.AppendAsync(work, AuditTestLog.Entry("rolled back", 2), CancellationToken.None);
            // disposed without commit: the caller's change failed
        }

        var next = await _log.Log.AppendAsync(AuditTestLog.Entry("next", 3), CancellationToken.None);

        Assert.That(next.Record.Seq, Is.EqualTo(2));
        Assert.That(await _log.SeqsAsync(), Is.EqualTo(new long[] { 1, 2 }));
    }
}
