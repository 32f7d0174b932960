using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// The byte layouts that are hashed and signed (docs/audit.md gives them for offline checks). Every text field is
/// its UTF-8 bytes preceded by their count as a 4-byte big-endian integer, so no two field lists give the same bytes.
/// </summary>
public static class AuditBytes
{
    /// <summary>prev_hash of record 1: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private static readonly byte[] RecordTag = Encoding.ASCII.GetBytes("voc-audit-record-v1");
    private static readonly byte[] CheckpointTag = Encoding.ASCII.GetBytes("voc-audit-checkpoint-v1");

    /// <summary>
    /// SHA-256 over: "voc-audit-record-v1", seq (8 bytes, big-endian), prev_hash (32 bytes), then recorded_at (UTC,
    /// yyyy-MM-ddTHH:mm:ss.ffffffZ), actor, type and payload, each length-prefixed; lower-case hex.
    /// </summary>
    public static string RecordHash(long seq, DateTimeOffset recordedAt, string actor, string type, string payload, string prevHash)
    {
        using var bytes = new MemoryStream();
        bytes.Write(RecordTag);
        WriteInt64(bytes, seq);
        bytes.Write(Convert.FromHexString(prevHash));
        WriteText(bytes, Instant(recordedAt));
        WriteText(bytes, actor);
        WriteText(bytes, type);
        WriteText(bytes, payload);
        return Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
    }

    public static string RecordHash(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return RecordHash(record.Seq, record.RecordedAt, record.Actor, record.Type, record.Payload, record.PrevHash);
    }

    /// <summary>What a checkpoint's signature covers: "voc-audit-checkpoint-v1", seq (8 bytes), head hash (32 bytes), signed_at (length-prefixed).</summary>
    public static byte[] CheckpointMessage(long seq, string headHash, DateTimeOffset signedAt)
    {
        using var bytes = new MemoryStream();
        bytes.Write(CheckpointTag);
        WriteInt64(bytes, seq);
        bytes.Write(Convert.FromHexString(headHash));
        WriteText(bytes, Instant(signedAt));
        return bytes.ToArray();
    }

    /// <summary>An instant as hashed: UTC, whole microseconds (what every provider stores exactly).</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The instant cut to whole microseconds, so what is stored reads back as what was hashed.</summary>
    public static DateTimeOffset ToMicroseconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    private static void WriteInt64(Stream bytes, long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        bytes.Write(buffer);
    }

    private static void WriteText(Stream bytes, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)utf8.Length);
        bytes.Write(length);
        bytes.Write(utf8);
    }
}
