using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Audit;

namespace VoiceOfCustomer.Review.Tests.Audit;

/// <summary>Checkpoints: signed when due, with a key in a file of its own, and checkable by anyone holding the public key.</summary>
public sealed class When_checkpoints_are_signed
{
    private AuditTestLog _log = null!;

    [SetUp]
    public async Task CreateAsync() => _log = await AuditTestLog.CreateAsync(StorageProvider.Sqlite, new AuditOptions { CheckpointEveryRecords = 5, CheckpointEvery = TimeSpan.FromHours(1) });

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
    public async Task One_is_due_every_N_records_and_not_before()
    {
        await _log.AppendAsync(4);
        Assert.That(await _log.Checkpoints.SignIfDueAsync(force: false, CancellationToken.None), Is.Null, "4 records of 5");

        await _log.AppendAsync(1, "fifth");
        var signed = await _log.Checkpoints.SignIfDueAsync(force: false, CancellationToken.None);

        Assert.That(signed, Has.Property(nameof(AuditCheckpoint.Seq)).EqualTo(5));
        Assert.That(await _log.Checkpoints.SignIfDueAsync(force: true, CancellationToken.None), Is.Null, "the head has not moved since");
    }

    [Test]
    public async Task One_is_due_when_the_oldest_unsigned_record_is_older_than_the_interval()
    {
        var clock = new ShiftedClock();
        var checkpoints = new AuditCheckpoints(_log.Reads, _log.SigningKey,
            Options.Create(new AuditOptions { CheckpointEveryRecords = 1000, CheckpointEvery = TimeSpan.FromMinutes(10) }), clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditCheckpoints>.Instance);
        await _log.AppendAsync(2);
        Assert.That(await checkpoints.SignIfDueAsync(force: false, CancellationToken.None), Is.Null, "the records are seconds old");

        clock.Shift = TimeSpan.FromMinutes(11);

        Assert.That(await checkpoints.SignIfDueAsync(force: false, CancellationToken.None), Has.Property(nameof(AuditCheckpoint.Seq)).EqualTo(2));
    }

    [Test]
    public async Task The_signature_verifies_offline_with_the_exported_public_key_alone()
    {
        await _log.AppendAsync(5);
        var checkpoint = (await _log.Checkpoints.SignIfDueAsync(force: true, CancellationToken.None))!;

        using var publicKey = ECDsa.Create();
        publicKey.ImportFromPem(_log.SigningKey.PublicKeyPem);
        var message = AuditBytes.CheckpointMessage(checkpoint.Seq, checkpoint.HeadHash, checkpoint.SignedAt);
        var signature = Convert.FromBase64String(checkpoint.Signature);

        Assert.That(publicKey.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence), Is.True);
        message[^1] ^= 1;
        Assert.That(publicKey.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence), Is.False);
    }

    [Test]
    public void The_signing_key_file_is_created_readable_by_its_owner_only()
    {
        _ = _log.SigningKey.KeyId;

        var path = _log.KeyFiles.SigningKeyPath;
        Assert.That(path, Is.EqualTo(Path.Combine(_log.KeysFolder, AuditKeyFiles.SigningKeyFileName)));
        Assert.That(File.ReadAllText(path), Does.StartWith("-----BEGIN PRIVATE KEY-----"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }
    }

    [Test]
    public async Task A_checkpoint_signed_with_another_key_does_not_verify()
    {
        await _log.AppendAsync(5);
        await _log.Checkpoints.SignIfDueAsync(force: true, CancellationToken.None);
        File.Delete(_log.KeyFiles.SigningKeyPath);
        using var otherKey = new AuditSigningKey(_log.KeyFiles);
        var verifier = new AuditVerifier(_log.Reads, otherKey, TimeProvider.System);

        var result = await verifier.VerifyAsync(CancellationToken.None);

        Assert.That(result.FirstProblem, Has.Property(nameof(AuditProblem.Seq)).EqualTo(5).And.Property(nameof(AuditProblem.Kind)).EqualTo(AuditProblemKind.BadSignature));
    }

    [Test]
    public async Task A_log_cut_short_below_its_last_checkpoint_is_named()
    {
        await _log.AppendAsync(8);
        await _log.Checkpoints.SignIfDueAsync(force: true, CancellationToken.None);
        await _log.ExecuteRawAsync("DROP TRIGGER review_audit_log_no_delete");
        await _log.ExecuteRawAsync("PRAGMA foreign_keys = OFF; DELETE FROM review_audit_log WHERE seq > 6");

        var result = await _log.Verifier.VerifyAsync(CancellationToken.None);

        Assert.That(result.FirstProblem, Has.Property(nameof(AuditProblem.Seq)).EqualTo(7).And.Property(nameof(AuditProblem.Kind)).EqualTo(AuditProblemKind.Truncated));
    }

    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
    }
}
