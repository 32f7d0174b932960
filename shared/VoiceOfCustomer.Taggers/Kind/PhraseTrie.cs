using System.Collections.Frozen;

namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// A character trie over folded phrases, walked from every word start of a folded text: a phrase matches whole
/// words ("crash" not in "crashpad"), or a word prefix when written with a trailing '*' ("crash*" in "crashes"),
/// and any run of spaces or punctuation in the text stands for the single space between a phrase's words.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Dictionary<long, int> building = [];
    private FrozenDictionary<long, int> next = FrozenDictionary<long, int>.Empty;
    private readonly List<List<(int Id, bool IsPrefix)>?> endsAt = [null];

    public void Add(string foldedPhrase, bool isPrefix, int id)
    {
        var node = 0;
        foreach (var c in foldedPhrase)
        {
            if (!building.TryGetValue(Key(node, c), out var child))
            {
                child = endsAt.Count;
                endsAt.Add(null);
                building.Add(Key(node, c), child);
            }

            node = child;
        }

        (endsAt[node] ??= []).Add((id, isPrefix));
    }

    /// <summary>Freezes the phrases added so far for fast matching (call once, after the last <see cref="Add"/>).</summary>
    public void Freeze() => next = building.ToFrozenDictionary();

    /// <summary>Writes the ids of the phrases found in the folded text into <paramref name="hits"/>, each once; returns how many.</summary>
    public int Match(ReadOnlySpan<char> folded, Span<int> hits)
    {
        var count = 0;
        for (var start = 0; start < folded.Length && count < hits.Length; start++)
        {
            if (folded[start] != TextFold.Space && (start == 0 || folded[start - 1] == TextFold.Space))
            {
                count = MatchFrom(folded, start, hits, count);
            }
        }

        return count;
    }

    private int MatchFrom(ReadOnlySpan<char> folded, int start, Span<int> hits, int count)
    {
        var node = 0;
        var at = start;
        while (at < folded.Length && count < hits.Length)
        {
            if (folded[at] == TextFold.Space)
            {
                var wordStart = at;
                while (wordStart < folded.Length && folded[wordStart] == TextFold.Space)
                {
                    wordStart++;
                }

                if (wordStart == folded.Length || !next.TryGetValue(Key(node, TextFold.Space), out node))
                {
                    return count;
                }

                at = wordStart;
                continue;
            }

            if (!next.TryGetValue(Key(node, folded[at]), out node))
            {
                return count;
            }

            at++;
            if (endsAt[node] is { } ends)
            {
                var atWordEnd = at == folded.Length || folded[at] == TextFold.Space;
                foreach (var (id, isPrefix) in ends)
                {
                    if ((isPrefix || atWordEnd) && count < hits.Length && !hits[..count].Contains(id))
                    {
                        hits[count++] = id;
                    }
                }
            }
        }

        return count;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
