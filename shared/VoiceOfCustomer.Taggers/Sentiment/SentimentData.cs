using System.Globalization;
using System.Reflection;

namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// Reads the embedded Data/ files once: lexicon-&lt;language&gt;.tsv (built by build-lexicons.mjs from open
/// sources named in each file's header) with rules-&lt;language&gt;.yaml, and the emoticons and emoji shared by all.
/// </summary>
internal static class SentimentData
{
    private const string Prefix = "VoiceOfCustomer.Taggers/Sentiment/Data/";
    private static readonly Assembly Assembly = typeof(SentimentData).Assembly;

    public static Dictionary<string, LanguageLexicon> LoadLanguages()
    {
        var languages = new Dictionary<string, LanguageLexicon>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix + "rules-", StringComparison.Ordinal)))
        {
            var language = name[(Prefix.Length + "rules-".Length)..^".yaml".Length];
            using var yaml = new StringReader(Read(name));
            var rules = RulesFile.Read(yaml, name);
            languages[language] = Build(language, rules, ReadValences($"lexicon-{language}.tsv"));
        }

        return languages;
    }

    public static SymbolLexicon LoadSymbols()
    {
        var emoticons = new Dictionary<string, float>(StringComparer.OrdinalIgnoreCase);
        foreach (var (token, valence) in ReadValences("emoticons.tsv"))
        {
            emoticons[token] = valence;
        }

        var emoji = new Dictionary<int, float>();
        foreach (var (token, valence) in ReadValences("emoji.tsv"))
        {
            emoji[char.ConvertToUtf32(token, 0)] = valence;
        }

        return new SymbolLexicon(emoticons, emoji);
    }

    private static LanguageLexicon Build(string language, RulesFile rules, IEnumerable<(string Word, float Valence)> lexicon)
    {
        var words = new Dictionary<string, WordEntry>(StringComparer.OrdinalIgnoreCase);
        WordEntry EntryFor(string word) => words.TryGetValue(word, out var entry) ? entry : words[word] = new WordEntry();

        foreach (var (word, valence) in lexicon.Concat(rules.Words.Select(w => (w.Key, w.Value))))
        {
            AddValence(word, valence);
        }

        AddRole(rules.Negations, WordRole.Negation);
        AddRole(rules.Boosters, WordRole.Booster);
        AddRole(rules.Dampeners, WordRole.Dampener);
        AddRole(rules.Contrasts, WordRole.Contrast);
        foreach (var (idiom, valence) in rules.Idioms)
        {
            AddValence(idiom, valence);
        }

        return new LanguageLexicon(language, words, new HashSet<string>(rules.Elisions, StringComparer.OrdinalIgnoreCase), [.. rules.NegationSuffixes]);

        void AddValence(string words, float valence)
        {
            var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1)
            {
                EntryFor(parts[0]).Valence = valence;
            }
            else
            {
                EntryFor(parts[0]).Phrases.Add(new PhraseEntry(parts[1..], WordRole.None, valence));
            }
        }

        void AddRole(List<string> list, WordRole role)
        {
            foreach (var item in list)
            {
                var parts = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 1)
                {
                    EntryFor(parts[0]).Role = role;
                }
                else
                {
                    EntryFor(parts[0]).Phrases.Add(new PhraseEntry(parts[1..], role, float.NaN));
                }
            }
        }
    }

    private static IEnumerable<(string Word, float Valence)> ReadValences(string file)
    {
        using var reader = new StringReader(Read(Prefix + file));
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0)
            {
                continue;
            }

            yield return (line[..tab], float.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture));
        }
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The sentiment data {resource} is not embedded in {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
