using System.Security.Cryptography;
using System.Text;

namespace VoiceOfCustomer.Hosting.Messaging;

/// <summary>
/// Deterministic message ids: the event a stage publishes for an item always has the same id, so a
/// redelivery or a reconciler re-publish is recognisably the same message.
/// </summary>
public static class MessageIds
{
    public static Guid For(Guid subjectId, string eventName)
    {
        ArgumentNullException.ThrowIfNull(eventName);
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(eventName.Length)];
        subjectId.TryWriteBytes(input);
        var length = 16 + Encoding.UTF8.GetBytes(eventName, input[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input[..length], hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // RFC 9562 version 8: custom, name-based
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
