using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// The model's file: gzip over a small binary layout (header, hash size, examples a language needs, kinds with
/// their thresholds and bias, examples per language, then
/// the non-zero weights as gaps and 32-bit floats). Full precision so a saved model with online corrections
/// reloads to exactly the same predictions.
/// </summary>
internal static class KindModelFile
{
    private const string Magic = "VOC-KIND";
    private const int Version = 1;

    public static void Write(KindModel model, Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.HashBits);
        writer.Write(model.MinExamplesForModel);
        writer.Write(model.Kinds.Length);
        for (var k = 0; k < model.Kinds.Length; k++)
        {
            writer.Write(FeedbackKindNames.Name(model.Kinds[k]));
            writer.Write(model.Thresholds[k]);
            writer.Write(model.Bias[k]);
        }

        writer.Write(model.ExamplesByLanguage.Count);
        foreach (var (language, examples) in model.ExamplesByLanguage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(language);
            writer.Write(examples);
        }

        var weights = model.Weights;
        writer.Write(weights.Count(w => w != 0));
        var previous = -1;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 0)
            {
                writer.Write7BitEncodedInt(i - previous);
                writer.Write(weights[i]);
                previous = i;
            }
        }
    }

    // Runs once per process over a few hundred thousand weights: optimized at once rather than first as tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static KindModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        // Buffered: the reader takes 4 or 5 bytes at a time, and each small read of a GZipStream is costly.
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic || reader.ReadInt32() is var version && version != Version)
        {
            throw new InvalidDataException($"not a kind model file (version {Version} expected)");
        }

        var hashBits = reader.ReadInt32();
        var minExamplesForModel = reader.ReadInt32();
        var kinds = new FeedbackKind[reader.ReadInt32()];
        var thresholds = new float[kinds.Length];
        var bias = new float[kinds.Length];
        for (var k = 0; k < kinds.Length; k++)
        {
            kinds[k] = FeedbackKindNames.Parse(reader.ReadString());
            thresholds[k] = reader.ReadSingle();
            bias[k] = reader.ReadSingle();
        }

        var languages = reader.ReadInt32();
        var examplesByLanguage = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < languages; i++)
        {
            examplesByLanguage[reader.ReadString()] = reader.ReadInt32();
        }

        var weights = new float[(1 << hashBits) * kinds.Length];
        var nonZero = reader.ReadInt32();
        var index = -1;
        for (var i = 0; i < nonZero; i++)
        {
            index += reader.Read7BitEncodedInt();
            weights[index] = reader.ReadSingle();
        }

        return new KindModel(hashBits, kinds, weights, bias, thresholds, examplesByLanguage, minExamplesForModel);
    }
}
