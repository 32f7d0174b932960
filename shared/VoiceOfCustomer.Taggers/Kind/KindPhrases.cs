using System.Collections.Frozen;
using System.Reflection;
using YamlDotNet.Serialization;

namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// The multilingual phrases of each kind and of churn risk (Kind/Data/kind-phrases.yaml): what tags a language
/// the model has not learned, at low confidence, and what finds churn risk in every language. One trie per
/// language, built once; an item of no known language is matched against all of them. Besides the kinds' phrases,
/// the explicit request wordings ("please add", "it would be nice") that make an item a feature request whatever
/// the model says. A phrase may hold groups of alternatives, "(can|could) you (add|include)", spelled out when read.
/// </summary>
public sealed class KindPhrases
{
    /// <summary>
    /// The categories of the phrase file, in this order: the four phrase-tagged kinds, churn risk, then the explicit
    /// feature requests.
    /// </summary>
    internal static readonly string[] Categories = ["problem_report", "feature_request", "praise", "question", "churn_risk", "explicit_feature_request"];

    internal const int ChurnRisk = 4;

    internal const int ExplicitFeatureRequest = 5;

    private const string ResourceName = "VoiceOfCustomer.Taggers/Kind/Data/kind-phrases.yaml";
    private static readonly Lazy<KindPhrases> DefaultPhrases = new(LoadDefault);

    private readonly FrozenDictionary<string, PhraseTrie> byLanguage;
    private readonly PhraseTrie anyLanguage;
    private readonly (int Category, string Text)[] phrases;

    private KindPhrases(FrozenDictionary<string, PhraseTrie> byLanguage, PhraseTrie anyLanguage, (int Category, string Text)[] phrases)
    {
        this.byLanguage = byLanguage;
        this.anyLanguage = anyLanguage;
        this.phrases = phrases;
    }

    /// <summary>The phrases shipped with the library.</summary>
    public static KindPhrases Default => DefaultPhrases.Value;

    public IReadOnlyCollection<string> Languages => byLanguage.Keys;

    /// <summary>
    /// Reads a phrase file: category, then language, then a list of phrases ('*' at the end: a word prefix; groups of
    /// alternatives in parentheses, an empty one making the group optional: "(please |)add").
    /// </summary>
    public static KindPhrases Parse(string yaml)
    {
        var file = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, List<string>>>>(yaml)
            ?? throw new InvalidDataException("the phrase file is empty");
        var unknown = file.Keys.Except(Categories).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"unknown phrase categories: {string.Join(", ", unknown)} (known: {string.Join(", ", Categories)})");
        }

        var entries = new List<(int Category, string Text)>();
        var tries = new Dictionary<string, PhraseTrie>(StringComparer.Ordinal);
        var anyLanguage = new PhraseTrie();
        foreach (var (category, languages) in file)
        {
            foreach (var (language, list) in languages)
            {
                var trie = tries.TryGetValue(language, out var existing) ? existing : tries[language] = new PhraseTrie();
                foreach (var phrase in list.SelectMany(Alternatives))
                {
                    var isPrefix = phrase.EndsWith('*');
                    var folded = TextFold.FoldPhrase(isPrefix ? phrase[..^1] : phrase);
                    if (folded.Length == 0)
                    {
                        throw new InvalidDataException($"the {language} {category} phrase '{phrase}' has no word in it");
                    }

                    trie.Add(folded, isPrefix, entries.Count);
                    anyLanguage.Add(folded, isPrefix, entries.Count);
                    entries.Add((Array.IndexOf(Categories, category), phrase));
                }
            }
        }

        foreach (var trie in tries.Values.Append(anyLanguage))
        {
            trie.Freeze();
        }

        return new KindPhrases(tries.ToFrozenDictionary(StringComparer.Ordinal), anyLanguage, [.. entries]);
    }

    /// <summary>
    /// The explicit request wording ("please add", "it would be nice") the text holds, or null; an item of no known
    /// language is matched against every language's wordings.
    /// </summary>
    public string? ExplicitRequest(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new char[text.Length];
        TextFold.Fold(text, folded);
        Span<int> hits = stackalloc int[32];
        return ExplicitRequest(hits[..Match(folded, language, hits)]);
    }

    /// <summary>The first explicit request wording among these matched phrases, or null.</summary>
    internal string? ExplicitRequest(ReadOnlySpan<int> hits)
    {
        foreach (var id in hits)
        {
            if (Category(id) == ExplicitFeatureRequest)
            {
                return Text(id);
            }
        }

        return null;
    }

    /// <summary>A phrase with its groups of alternatives spelled out: "(can|could) you add" is "can you add" and "could you add".</summary>
    internal static IEnumerable<string> Alternatives(string phrase)
    {
        var open = phrase.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return [phrase];
        }

        var close = phrase.IndexOf(')', open);
        if (close < 0)
        {
            throw new InvalidDataException($"the phrase '{phrase}' opens a group it does not close");
        }

        return phrase[(open + 1)..close].Split('|')
            .SelectMany(choice => Alternatives(phrase[..open] + choice + phrase[(close + 1)..]));
    }

    /// <summary>
    /// Whether the text asks something: a question mark (?, ¿, ？) or a question phrase of its language
    /// ("how do i", "comment faire"). The weak label the question kind is first trained on.
    /// </summary>
    public bool LooksLikeQuestion(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (HasQuestionMark(text))
        {
            return true;
        }

        var folded = new char[text.Length];
        TextFold.Fold(text, folded);
        Span<int> hits = stackalloc int[32];
        var count = Match(folded, language, hits);
        foreach (var id in hits[..count])
        {
            if (Category(id) == Array.IndexOf(Categories, "question"))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasQuestionMark(ReadOnlySpan<char> text) => text.IndexOfAny('?', '\uFF1F', '\u00BF') >= 0;

    /// <summary>Whether there are phrases for this language (primary subtag), rather than falling back to all.</summary>
    internal bool Knows(string? language) => language is not null && byLanguage.ContainsKey(language);

    internal int Match(ReadOnlySpan<char> folded, string? language, Span<int> hits) =>
        (language is not null && byLanguage.TryGetValue(language, out var trie) ? trie : anyLanguage).Match(folded, hits);

    internal int Category(int id) => phrases[id].Category;

    internal string Text(int id) => phrases[id].Text;

    private static KindPhrases LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
