using System.Numerics;
using System.Runtime.CompilerServices;

namespace VoiceOfCustomer.Taggers.Language;

/// <summary>
/// Reads Data/language-profiles.bin (packed by build-profile-binary.py from the counts in Profiles/language-profiles.tsv):
/// per script its languages with their n-gram totals per order, then the n-grams sorted by key with the languages that
/// list them and their counts (the layout is in the script). Turns counts into log-probabilities over the language's
/// n-grams of the same order. One read of the resource and a pass over flat arrays: no text to parse at load.
/// </summary>
internal static class LanguageProfileFile
{
    public const string ResourceName = "VoiceOfCustomer.Taggers/Language/Data/language-profiles.bin";

    private const ushort Version = 1;

    // A listed n-gram has at least the smallest kept count; one a language does not list gets half of that.
    private const double FloorShareOfSmallestCount = 0.5;

    public static Dictionary<Script, ScriptProfile> Load()
    {
        using var stream = typeof(LanguageProfileFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Read(bytes);
    }

    public static Dictionary<Script, ScriptProfile> Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProfileReader(bytes, ResourceName);
        if (!reader.Bytes(8).SequenceEqual("VOCNGRAM"u8) || reader.UInt16() != Version)
        {
            throw reader.Error($"not a version {Version} language profile file");
        }

        var scriptCount = reader.Byte();
        var profiles = new Dictionary<Script, ScriptProfile>(scriptCount);
        for (var i = 0; i < scriptCount; i++)
        {
            var profile = ReadScript(ref reader);
            if (!profiles.TryAdd(profile.Script, profile))
            {
                throw reader.Error($"the {profile.Script} script is listed twice");
            }
        }

        return reader.AtEnd ? profiles : throw reader.Error("unexpected bytes after the last script");
    }

    // Runs once per process over every n-gram: optimized at once rather than first as tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ScriptProfile ReadScript(ref ProfileReader reader)
    {
        var name = reader.Ascii();
        var script = Enum.TryParse<Script>(name, out var parsed) && parsed != Script.None ? parsed : throw reader.Error($"unknown script '{name}'");
        var languages = new string[reader.Byte()];
        var totals = new double[languages.Length * ScriptProfile.MaxOrder];
        for (var language = 0; language < languages.Length; language++)
        {
            languages[language] = reader.Ascii();
            if (Array.IndexOf(languages, languages[language], 0, language) >= 0)
            {
                throw reader.Error($"{languages[language]} ({script}) is listed twice");
            }

            for (var order = 0; order < ScriptProfile.MaxOrder; order++)
            {
                totals[(language * ScriptProfile.MaxOrder) + order] = reader.UInt32();
            }
        }

        var keys = new ulong[reader.Int32()];
        var entryCount = reader.Int32();
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = reader.UInt64();
        }

        var rowLengths = reader.Bytes(keys.Length);
        var entryLanguages = reader.Bytes(entryCount);
        var counts = new double[entryCount];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = reader.UInt32();
        }

        var orders = EntryOrders(ref reader, keys, rowLengths, entryLanguages, languages.Length, counts);
        var floors = Floors(totals, orders, entryLanguages, counts, languages.Length);
        var weights = new float[entryCount];
        for (var i = 0; i < weights.Length; i++)
        {
            var at = (entryLanguages[i] * ScriptProfile.MaxOrder) + orders[i] - 1;
            weights[i] = (float)Math.Log(counts[i] / totals[at]) - floors[at];
        }

        return new ScriptProfile(script, languages, floors, new NgramTable(keys, rowLengths, entryLanguages, weights, languages.Length));
    }

    /// <summary>Each entry's n-gram order, checking that keys ascend, rows fit, languages exist and counts are positive.</summary>
    private static byte[] EntryOrders(
        ref ProfileReader reader, ulong[] keys, ReadOnlySpan<byte> rowLengths, ReadOnlySpan<byte> entryLanguages, int languageCount, double[] counts)
    {
        var orders = new byte[entryLanguages.Length];
        var entry = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            // A key holds one to four UTF-16 characters, none of them NUL, so its highest set bit gives its length.
            var order = (byte)((64 - BitOperations.LeadingZeroCount(keys[i]) + 15) / 16);
            if (keys[i] == 0 || (i > 0 && keys[i] <= keys[i - 1]) || rowLengths[i] == 0 || entry + rowLengths[i] > entryLanguages.Length)
            {
                throw reader.Error($"n-gram {i} is out of order, empty or past the entries");
            }

            for (var end = entry + rowLengths[i]; entry < end; entry++)
            {
                if (entryLanguages[entry] >= languageCount || counts[entry] <= 0)
                {
                    throw reader.Error($"entry {entry} names no language of the script or has no count");
                }

                orders[entry] = order;
            }
        }

        return entry == entryLanguages.Length ? orders : throw reader.Error("entries left over after the last n-gram");
    }

    /// <summary>Per language and order, the log-probability of an n-gram the language does not list.</summary>
    private static float[] Floors(double[] totals, byte[] orders, ReadOnlySpan<byte> entryLanguages, double[] counts, int languageCount)
    {
        var smallest = new double[languageCount * ScriptProfile.MaxOrder];
        Array.Fill(smallest, double.MaxValue);
        for (var i = 0; i < counts.Length; i++)
        {
            var at = (entryLanguages[i] * ScriptProfile.MaxOrder) + orders[i] - 1;
            smallest[at] = Math.Min(smallest[at], counts[i]);
        }

        var floors = new float[smallest.Length];
        for (var at = 0; at < floors.Length; at++)
        {
            var count = smallest[at] == double.MaxValue ? 1 : smallest[at];
            floors[at] = (float)Math.Log(FloorShareOfSmallestCount * count / totals[at]);
        }

        return floors;
    }
}
