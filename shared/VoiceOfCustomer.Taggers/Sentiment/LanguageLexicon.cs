namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// What the tagger knows of one language: each word's valence and role, looked up case-insensitively on a span
/// of the text (no string is made per word), the elided prefixes ("l'", "n'") and the negating endings ("n't").
/// </summary>
internal sealed class LanguageLexicon
{
    private readonly Dictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> elisions;
    private readonly string[] negationSuffixes;

    public LanguageLexicon(string language, Dictionary<string, WordEntry> words, HashSet<string> elisions, string[] negationSuffixes)
    {
        Language = language;
        WordCount = words.Count;
        this.words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        this.elisions = elisions.GetAlternateLookup<ReadOnlySpan<char>>();
        this.negationSuffixes = negationSuffixes;
    }

    public string Language { get; }

    public int WordCount { get; }

    public bool HasElisions => elisions.Set.Count > 0;

    /// <summary>
    /// The entry for a word as written (any case, ’ read as ', stretched letters cut back), or null when the word
    /// means nothing here.
    /// </summary>
    public WordEntry? Find(ReadOnlySpan<char> word)
    {
        var entry = FindExact(word);
        if (entry is not null || word.Length > Elongation.LongestWord || !Elongation.HasRun(word))
        {
            return entry;
        }

        Span<char> buffer = stackalloc char[Elongation.LongestWord];
        return FindExact(Elongation.Collapse(word, buffer, 2)) ?? FindExact(Elongation.Collapse(word, buffer, 1));
    }

    private WordEntry? FindExact(ReadOnlySpan<char> word)
    {
        if (word.Contains('’'))
        {
            Span<char> straight = stackalloc char[Math.Min(word.Length, 64)];
            if (word.Length > straight.Length)
            {
                return null;
            }

            word.CopyTo(straight);
            straight.Replace('’', '\'');
            return words.TryGetValue(straight, out var found) ? found : null;
        }

        return words.TryGetValue(word, out var entry) ? entry : null;
    }

    public bool IsElision(ReadOnlySpan<char> prefix) => elisions.Contains(prefix);

    public bool EndsWithNegation(ReadOnlySpan<char> word)
    {
        foreach (var suffix in negationSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
