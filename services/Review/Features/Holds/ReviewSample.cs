using System.Buffers.Binary;
using System.Security.Cryptography;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>
/// Whether a suppression is sampled for review: the first 8 bytes of SHA-256 of the item id, read as a fraction of
/// 2^64, fall below the share. The same item always gives the same answer, so a redelivered decision is sampled alike.
/// </summary>
public static class ReviewSample
{
    public static double Draw(Guid feedbackId)
    {
        Span<byte> id = stackalloc byte[16];
        feedbackId.TryWriteBytes(id, bigEndian: true, out _);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(id, hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash) / 18446744073709551616.0;
    }

    public static bool Takes(Guid feedbackId, double share) => Draw(feedbackId) < share;
}
