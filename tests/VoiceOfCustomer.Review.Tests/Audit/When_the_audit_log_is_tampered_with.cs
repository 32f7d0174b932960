using System.Data.Common;
using Dapper;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Audit;

namespace VoiceOfCustomer.Review.Tests.Audit;

/// <summary>
/// Someone with access to the database changes the log. With the triggers in place the database refuses; with them
/// dropped through a raw connection, verify names exactly the record that was changed, removed or rewritten.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.PostgreSql)]
public sealed class When_the_audit_log_is_tampered_with(StorageProvider provider)
{
    private AuditTestLog _log = null!;

    [SetUp]
    public async Task AppendTwentyRecordsSignedUpToTenAsync()
    {
        _log = await AuditTestLog.CreateAsync(provider);
        await _log.AppendAsync(10);
        Assert.That(await _log.Checkpoints.SignIfDueAsync(force: true, CancellationToken.None), Has.Property(nameof(AuditCheckpoint.Seq)).EqualTo(10));
        await _log.AppendAsync(10, "later");
    }

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
    public async Task The_untouched_log_verifies_as_intact()
    {
        var result = await _log.Verifier.VerifyAsync(CancellationToken.None);

        Assert.That(result.Intact, Is.True, result.Summary);
        Assert.That(result.RecordsChecked, Is.EqualTo(20));
        Assert.That(result.CheckpointsChecked, Is.EqualTo(1));
        Assert.That(result.SignedUpTo, Is.EqualTo(10));
        Assert.That(result.FirstProblem, Is.Null);
    }

    [Test]
    public void An_update_is_refused_while_the_trigger_is_in_place()
    {
        var refusal = Assert.CatchAsync<DbException>(() => _log.ExecuteRawAsync("UPDATE review_audit_log SET payload = '{}' WHERE seq = 7"));
        Assert.That(refusal!.Message, Does.Contain("append-only"));
    }

    [Test]
    public async Task A_delete_is_refused_while_the_trigger_is_in_place()
    {
        var refusal = Assert.CatchAsync<DbException>(() => _log.ExecuteRawAsync("DELETE FROM review_audit_log WHERE seq = 20"));

        Assert.That(refusal!.Message, Does.Contain("append-only"));
        Assert.That(await _log.SeqsAsync(), Has.Count.EqualTo(20));
    }

    [Test]
    public void Checkpoints_cannot_be_updated_either()
    {
        var refused = Assert.CatchAsync<DbException>(() => _log.ExecuteRawAsync("UPDATE review_audit_checkpoints SET key_id = 'forged'"));
        Assert.That(refused!.Message, Does.Contain("append-only"));
    }

    [Test]
    public async Task Verify_names_the_record_whose_payload_was_altered()
    {
        await _log.DropUpdateTriggerAsync();
        var altered = await _log.ExecuteRawAsync("UPDATE review_audit_log SET payload = '{\"note\":\"entry 7, harmless\",\"number\":7}' WHERE seq = 7");
        Assert.That(altered, Is.EqualTo(1), "the raw update went through once the trigger was dropped");

        var result = await _log.Verifier.VerifyAsync(CancellationToken.None);

        Assert.That(result.Intact, Is.False);
        Assert.That(result.FirstProblem, Is.Not.Null);
        Assert.That(result.FirstProblem!.Seq, Is.EqualTo(7));
        Assert.That(result.FirstProblem.Kind, Is.EqualTo(AuditProblemKind.ContentChanged));
        Assert.That(result.Summary, Does.Contain("record 7"));
    }

    [Test]
    public async Task Verify_names_the_record_whose_actor_was_altered_after_the_last_checkpoint()
    {
        await _log.DropUpdateTriggerAsync();
        await _log.ExecuteRawAsync("UPDATE review_audit_log SET actor = 'someone.else' WHERE seq = 15");

        var result = await _log.Verifier.VerifyAsync(CancellationToken.None);

        Assert.That(result.FirstProblem, Has.Property(nameof(AuditProblem.Seq)).EqualTo(15).And.Property(nameof(AuditProblem.Kind)).EqualTo(AuditProblemKind.ContentChanged));
    }

    [Test]
    public async Task Verify_names_the_gap_where_a_record_was_deleted()
    {
        await _log.DropDeleteTriggerAsync();
        await _log.ExecuteRawAsync("DELETE FROM review_audit_log WHERE seq = 13");

        var result = await _log.Verifier.VerifyAsync(CancellationToken.None);

        Assert.That(result.FirstProblem, Has.Property(nameof(AuditProblem.Seq)).EqualTo(13).And.Property(nameof(AuditProblem.Kind)).EqualTo(AuditProblemKind.Gap));
    }

    [Test]
    public async Task Verify_names_the_signed_record_when_the_chain_was_rewritten_to_hide_a_change()
    {
        await _log.DropUpdateTriggerAsync();
        await RewriteFromAsync(4, "{\"note\":\"rewritten\",\"number\":4}");

        var result = await _log.Verifier.VerifyAsync(CancellationToken.None);

        Assert.That(result.Intact, Is.False, "the recomputed chain is consistent, but the signed checkpoint at 10 is not");
        Assert.That(result.FirstProblem, Has.Property(nameof(AuditProblem.Seq)).EqualTo(10).And.Property(nameof(AuditProblem.Kind)).EqualTo(AuditProblemKind.CheckpointMismatch));
        Assert.That(result.FirstProblem!.Detail, Does.Contain("from 1 to 10"));
    }

    [Test]
    public async Task No_checkpoint_is_signed_over_an_altered_record()
    {
        await _log.DropUpdateTriggerAsync();
        await _log.ExecuteRawAsync("UPDATE review_audit_log SET type = 'nothing.happened' WHERE seq = 12");

        var refusal = Assert.ThrowsAsync<InvalidOperationException>(() => _log.Checkpoints.SignIfDueAsync(force: true, CancellationToken.None));

        Assert.That(refusal!.Message, Does.Contain("Record 12"));
    }

    /// <summary>Changes a record's payload and recomputes its hash and every later record's link and hash, as a careful attacker would.</summary>
    private async Task RewriteFromAsync(long seq, string payload)
    {
        await using var connection = await _log.RawAsync();
        var records = (await connection.QueryAsync<AuditRecord>($"SELECT {AuditReads.RecordColumns} FROM review_audit_log WHERE seq >= @Seq ORDER BY seq", new { Seq = seq - 1 })).ToList();
        var prev = records[0].Hash;
        foreach (var record in records.Skip(1))
        {
            var changed = record with { PrevHash = prev, Payload = record.Seq == seq ? payload : record.Payload };
            changed = changed with { Hash = AuditBytes.RecordHash(changed) };
            await Execute(connection, "UPDATE review_audit_log SET payload = @Payload, prev_hash = @PrevHash, hash = @Hash WHERE seq = @Seq", changed);
            prev = changed.Hash;
        }
    }

    private static Task<int> Execute(DbConnection connection, string sql, object parameters) => connection.ExecuteAsync(sql, parameters);
}
