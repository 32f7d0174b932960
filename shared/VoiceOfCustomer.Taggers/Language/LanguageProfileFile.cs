using System.Globalization;
using System.Runtime.CompilerServices;

namespace VoiceOfCustomer.Taggers.Language;

/// <summary>
/// Reads Data/language-profiles.tsv (built by build-profiles.py): per language a header line
/// '@ language script strings total1..total4', then 'language script ngram count' lines with '_' for the padding
/// space. Turns counts into log-probabilities over the language's n-grams of the same order.
/// </summary>
internal static class LanguageProfileFile
{
    public const string ResourceName = "VoiceOfCustomer.Taggers/Language/Data/language-profiles.tsv";

    // A listed n-gram has at least the smallest kept count; one a language does not list gets half of that.
    private const double FloorShareOfSmallestCount = 0.5;

    public static Dictionary<Script, ScriptProfile> Load()
    {
        using var stream = typeof(LanguageProfileFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    // Runs once per process over 327,000 lines: optimized at once rather than first as tier-0 code (about 100 ms less).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Dictionary<Script, ScriptProfile> Read(TextReader reader)
    {
        var builders = new Dictionary<Script, Builder>();
        var lineNumber = 0;
        Builder? current = null;
        var currentLanguage = -1;
        var currentKey = "";
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '@')
            {
                var fields = line.Split('\t');
                if (fields.Length != 4 + ScriptProfile.MaxOrder)
                {
                    throw new FormatException($"{ResourceName} line {lineNumber}: a header needs {4 + ScriptProfile.MaxOrder} fields.");
                }

                current = BuilderFor(builders, ParseScript(fields[2], lineNumber));
                currentLanguage = current.AddLanguage(fields[1], fields[4..].Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray());
                currentKey = $"{fields[1]}\t{fields[2]}\t";
                continue;
            }

            // N-gram lines follow their language's header, so the 'language script' prefix is checked, not looked up.
            var rest = line.AsSpan();
            var tab = rest.Length > currentKey.Length ? rest[currentKey.Length..].IndexOf('\t') : -1;
            if (current is null || !rest.StartsWith(currentKey, StringComparison.Ordinal) || tab <= 0
                || !double.TryParse(rest[(currentKey.Length + tab + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var count))
            {
                throw new FormatException($"{ResourceName} line {lineNumber}: expected 'language script ngram count' after that language's '@' header.");
            }

            current.AddNgram(currentLanguage, rest.Slice(currentKey.Length, tab), count, lineNumber);
        }

        return builders.ToDictionary(b => b.Key, b => b.Value.Build());
    }

    private static Builder BuilderFor(Dictionary<Script, Builder> builders, Script script) =>
        builders.TryGetValue(script, out var builder) ? builder : builders[script] = new Builder(script);

    private static Script ParseScript(string name, int lineNumber) =>
        Enum.TryParse<Script>(name, out var script) && script != Script.None
            ? script
            : throw new FormatException($"{ResourceName} line {lineNumber}: unknown script '{name}'.");

    /// <summary>Collects one script's languages and counts, then packs them into a <see cref="ScriptProfile"/>.</summary>
    private sealed class Builder(Script script)
    {
        private readonly List<string> languages = [];
        private readonly List<double[]> totals = [];
        private readonly List<double[]> smallestCounts = [];
        private readonly List<(int Language, ulong Key, int Order, double Count)> ngrams = [];

        public int AddLanguage(string language, double[] totalsPerOrder)
        {
            if (languages.Count == byte.MaxValue || languages.Contains(language))
            {
                throw new FormatException($"{ResourceName}: {language} ({script}) listed twice, or too many languages.");
            }

            languages.Add(language);
            totals.Add(totalsPerOrder);
            smallestCounts.Add(Enumerable.Repeat(double.MaxValue, ScriptProfile.MaxOrder).ToArray());
            return languages.Count - 1;
        }

        public void AddNgram(int index, ReadOnlySpan<char> ngram, double count, int lineNumber)
        {
            if (ngram.Length is 0 or > ScriptProfile.MaxOrder || count <= 0)
            {
                throw new FormatException($"{ResourceName} line {lineNumber}: an n-gram of 1 to {ScriptProfile.MaxOrder} characters and a positive count expected.");
            }

            var key = 0UL;
            foreach (var c in ngram)
            {
                key = (key << 16) | (c == '_' ? ' ' : c);
            }

            ngrams.Add((index, key, ngram.Length, count));
            smallestCounts[index][ngram.Length - 1] = Math.Min(smallestCounts[index][ngram.Length - 1], count);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ScriptProfile Build()
        {
            var floors = new float[languages.Count * ScriptProfile.MaxOrder];
            for (var language = 0; language < languages.Count; language++)
            {
                for (var order = 0; order < ScriptProfile.MaxOrder; order++)
                {
                    var smallest = smallestCounts[language][order] == double.MaxValue ? 1 : smallestCounts[language][order];
                    floors[(language * ScriptProfile.MaxOrder) + order] =
                        (float)Math.Log(FloorShareOfSmallestCount * smallest / totals[language][order]);
                }
            }

            var rows = new Dictionary<ulong, List<(byte Language, float Weight)>>(ngrams.Count / 2);
            foreach (var (language, key, order, count) in ngrams)
            {
                var weight = (float)Math.Log(count / totals[language][order - 1]) - floors[(language * ScriptProfile.MaxOrder) + order - 1];
                if (!rows.TryGetValue(key, out var row))
                {
                    rows[key] = row = [];
                }

                row.Add(((byte)language, weight));
            }

            return new ScriptProfile(script, [.. languages], floors, new NgramTable(rows, languages.Count));
        }
    }
}
