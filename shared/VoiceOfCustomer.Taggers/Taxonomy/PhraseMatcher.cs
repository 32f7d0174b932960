namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// Every phrase of a taxonomy compiled once into a trie over word ids: a text is folded, split into words, and
/// walked from each word, keeping the longest phrase that ends there (leftmost-longest, so "single sign on" wins
/// over "sign on" and words are never matched inside other words). Immutable, so safe to share between threads.
/// </summary>
internal sealed class PhraseMatcher
{
    private const int StackLimit = 512;

    private readonly Dictionary<string, int> wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private readonly Dictionary<long, int> edges = [];
    private readonly List<PhraseEntry[]?> exact = [null];
    // Wildcard last words by node and their first three letters (the shortest prefix allowed), so a word looks up
    // only the few wildcards that can match it instead of trying them all.
    private readonly Dictionary<(int Node, long Start), (string Prefix, PhraseEntry Entry)[]> prefixes = [];

    public PhraseMatcher(IEnumerable<(string Folded, bool IsPrefix, PhraseEntry Entry)> phrases)
    {
        wordLookup = wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (folded, isPrefix, entry) in phrases)
        {
            Add(folded.Split(' '), isPrefix, entry);
        }
    }

    /// <summary>Adds every phrase found in the folded text to found, once per occurrence, longest first at each word.</summary>
    public void Match(ReadOnlySpan<char> folded, List<PhraseEntry> found)
    {
        if (folded.IsEmpty)
        {
            return;
        }

        var wordCount = folded.Count(' ') + 1;
        var rented = wordCount * 3 > StackLimit ? new int[wordCount * 3] : null;
        var words = rented is null ? stackalloc int[wordCount * 3] : rented;
        Split(folded, words);
        for (var first = 0; first < wordCount;)
        {
            var end = LongestAt(folded, words, first, wordCount, found);
            first = end > first ? end : first + 1;
        }
    }

    private void Split(ReadOnlySpan<char> folded, Span<int> words)
    {
        var index = 0;
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && folded[i] != ' ')
            {
                continue;
            }

            words[index * 3] = start;
            words[(index * 3) + 1] = i - start;
            words[(index * 3) + 2] = wordLookup.TryGetValue(folded[start..i], out var id) ? id : -1;
            index++;
            start = i + 1;
        }
    }

    private int LongestAt(ReadOnlySpan<char> folded, ReadOnlySpan<int> words, int first, int wordCount, List<PhraseEntry> found)
    {
        var node = 0;
        var bestEnd = -1;
        var foundBefore = found.Count;
        for (var w = first; w < wordCount; w++)
        {
            var word = folded.Slice(words[w * 3], words[(w * 3) + 1]);
            if (word.Length >= 3 && prefixes.TryGetValue((node, StartKey(word)), out var candidates))
            {
                foreach (var (prefix, entry) in candidates)
                {
                    if (word.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        bestEnd = Keep(found, foundBefore, bestEnd, w + 1, entry);
                    }
                }
            }

            var id = words[(w * 3) + 2];
            if (id < 0 || !edges.TryGetValue(Key(node, id), out node))
            {
                break;
            }

            foreach (var entry in exact[node] ?? [])
            {
                bestEnd = Keep(found, foundBefore, bestEnd, w + 1, entry);
            }
        }

        return bestEnd;
    }

    // A longer match replaces what this start found so far; one of the same length joins it.
    private static int Keep(List<PhraseEntry> found, int foundBefore, int bestEnd, int end, PhraseEntry entry)
    {
        if (end > bestEnd)
        {
            found.RemoveRange(foundBefore, found.Count - foundBefore);
        }

        found.Add(entry);
        return end;
    }

    private void Add(string[] words, bool isPrefix, PhraseEntry entry)
    {
        var node = 0;
        var exactWords = isPrefix ? words.Length - 1 : words.Length;
        for (var w = 0; w < exactWords; w++)
        {
            if (!wordIds.TryGetValue(words[w], out var id))
            {
                id = wordIds.Count;
                wordIds[words[w]] = id;
            }

            if (!edges.TryGetValue(Key(node, id), out var child))
            {
                child = exact.Count;
                exact.Add(null);
                edges[Key(node, id)] = child;
            }

            node = child;
        }

        if (isPrefix)
        {
            var key = (node, StartKey(words[^1]));
            prefixes[key] = [.. prefixes.GetValueOrDefault(key) ?? [], (words[^1], entry)];
        }
        else
        {
            exact[node] = [.. exact[node] ?? [], entry];
        }
    }

    private static long StartKey(ReadOnlySpan<char> word) => ((long)word[0] << 32) | ((long)word[1] << 16) | word[2];

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;
}
