using System.Buffers.Binary;
using System.Text;

namespace VoiceOfCustomer.Taggers.Language;

/// <summary>
/// Reads little-endian numbers and short ASCII names in order from the bytes of a binary profile file, failing with
/// the file's name and the offset when the file is cut short or wrong, never with an index error.
/// </summary>
internal ref struct ProfileReader(ReadOnlySpan<byte> bytes, string fileName)
{
    private readonly ReadOnlySpan<byte> bytes = bytes;
    private int position;

    public readonly bool AtEnd => position == bytes.Length;

    public ReadOnlySpan<byte> Bytes(int count)
    {
        if (count < 0 || count > bytes.Length - position)
        {
            throw Error($"{count} bytes wanted, {bytes.Length - position} left");
        }

        position += count;
        return bytes.Slice(position - count, count);
    }

    public byte Byte() => Bytes(1)[0];

    public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(sizeof(ushort)));

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(sizeof(int)));

    public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(sizeof(uint)));

    public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Bytes(sizeof(ulong)));

    /// <summary>A name written as its length in one byte, then its ASCII characters.</summary>
    public string Ascii() => Encoding.ASCII.GetString(Bytes(Byte()));

    public readonly FormatException Error(string problem) => new($"{fileName} at byte {position}: {problem}.");
}
