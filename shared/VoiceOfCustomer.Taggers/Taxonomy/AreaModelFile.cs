using System.IO.Compression;
using System.Text;

namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// The learned area model's file: gzip over a small binary layout (header, hash size, each area with its corrections
/// and feature total, then the non-zero counts as gaps and values). Counts are whole numbers, so a model reloads to
/// exactly the same predictions.
/// </summary>
internal static class AreaModelFile
{
    private const string Magic = "VOC-AREA";
    private const int Version = 1;

    public static void Write(AreaCounts counts, Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(counts.HashBits);
        writer.Write(counts.Areas.Length);
        for (var s = 0; s < counts.Areas.Length; s++)
        {
            writer.Write(counts.Areas[s]);
            writer.Write(counts.Corrections[s]);
            writer.Write(counts.FeatureTotals[s]);
        }

        var values = counts.Counts;
        writer.Write(values.Count(v => v != 0));
        var previous = -1;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] != 0)
            {
                writer.Write7BitEncodedInt(i - previous);
                writer.Write7BitEncodedInt(values[i]);
                previous = i;
            }
        }
    }

    public static AreaCounts Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"not an area model file (version {Version} expected)");
        }

        var hashBits = reader.ReadInt32();
        var slots = reader.ReadInt32();
        var areas = new string[slots];
        var corrections = new int[slots];
        var totals = new long[slots];
        for (var s = 0; s < slots; s++)
        {
            areas[s] = reader.ReadString();
            corrections[s] = reader.ReadInt32();
            totals[s] = reader.ReadInt64();
        }

        var values = new int[(1 << hashBits) * slots];
        var nonZero = reader.ReadInt32();
        var index = -1;
        for (var i = 0; i < nonZero; i++)
        {
            index += reader.Read7BitEncodedInt();
            values[index] = reader.Read7BitEncodedInt();
        }

        return new AreaCounts(hashBits, areas, corrections, totals, values);
    }
}
