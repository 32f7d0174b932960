using System.ComponentModel.DataAnnotations;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>Where the audit log's keys live and how often its head is signed (Review:Audit).</summary>
public sealed class AuditOptions
{
    public const string Section = "Review:Audit";

    /// <summary>
    /// PEM file of the ECDSA P-256 key that signs checkpoints; empty means audit-signing-key.pem in Access:KeysFolder.
    /// Created (mode 600) on first use. Keep it off the database server: whoever holds it can sign a rewritten log.
    /// </summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>A checkpoint is signed once the head is this many records past the last one.</summary>
    [Range(1, 1_000_000)]
    public int CheckpointEveryRecords { get; set; } = 100;

    /// <summary>A checkpoint is signed this long after the last one when the head moved at all.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckpointEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the checkpoint writer looks at the head.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan CheckpointPollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
