using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace VoiceOfCustomer.Taggers.Language;

/// <summary>
/// Maps a packed n-gram (up to four UTF-16 characters, 16 bits each, so the key is exact, never a hash) to the
/// languages that use it and their weights, in flat arrays: an open-addressing key table and one sparse row per
/// n-gram. An n-gram most languages use (the common letters and pairs) gets a dense row instead, added with SIMD.
/// Built once; lookups allocate nothing and are safe from any number of threads.
/// </summary>
internal sealed class NgramTable
{
    // A row with at least this many languages is stored dense: one vector add per few languages beats a scatter.
    private const int MinDenseLanguages = 8;
    private readonly float[] denseWeights;

    private readonly Slot[] slots;
    private readonly byte[] entryLanguages;
    private readonly float[] entryWeights;
    private readonly int shift;

    /// <summary>
    /// Builds the table from n-grams sorted by key: row i has rowLengths[i] entries of (language, weight), the rows one
    /// after another in languages and weights.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // built once per process from every n-gram: no tier-0 pass
    public NgramTable(ulong[] keys, ReadOnlySpan<byte> rowLengths, ReadOnlySpan<byte> languages, ReadOnlySpan<float> weights, int languageCount)
    {
        ScoreLength = (languageCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var capacity = 1 << (int)Math.Ceiling(Math.Log2(Math.Max(16, keys.Length * 2)));
        shift = 64 - (int)Math.Log2(capacity);
        slots = new Slot[capacity];
        Count = keys.Length;
        var denseRows = 0;
        var sparseEntries = 0;
        foreach (var length in rowLengths)
        {
            denseRows += length >= MinDenseLanguages ? 1 : 0;
            sparseEntries += length >= MinDenseLanguages ? 0 : length;
        }

        denseWeights = new float[denseRows * ScoreLength];
        entryLanguages = new byte[sparseEntries];
        entryWeights = new float[sparseEntries];
        var dense = 0;
        var sparse = 0;
        var entry = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var rowLanguages = languages.Slice(entry, rowLengths[i]);
            var rowWeights = weights.Slice(entry, rowLengths[i]);
            entry += rowLengths[i];
            var slot = Home(keys[i]);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            if (rowLanguages.Length >= MinDenseLanguages)
            {
                slots[slot] = new Slot(keys[i], dense, -1);
                for (var j = 0; j < rowLanguages.Length; j++)
                {
                    denseWeights[dense + rowLanguages[j]] = rowWeights[j];
                }

                dense += ScoreLength;
                continue;
            }

            slots[slot] = new Slot(keys[i], sparse, sparse + rowLanguages.Length);
            rowLanguages.CopyTo(entryLanguages.AsSpan(sparse));
            rowWeights.CopyTo(entryWeights.AsSpan(sparse));
            sparse += rowLanguages.Length;
        }
    }

    public int Count { get; }

    /// <summary>The length the scores span must have: the languages, rounded up to whole SIMD vectors.</summary>
    public int ScoreLength { get; }

    /// <summary>Adds the n-gram's weight (scores must be <see cref="ScoreLength"/> long) to each language that has it; false when no language has it.</summary>
    public bool AddWeights(ulong key, Span<float> scores)
    {
        var mask = slots.Length - 1;
        for (var slot = Home(key); slots[slot].Key != 0; slot = (slot + 1) & mask)
        {
            ref readonly var found = ref slots[slot];
            if (found.Key == key && found.End < 0)
            {
                var row = MemoryMarshal.Cast<float, Vector<float>>(denseWeights.AsSpan(found.Start, ScoreLength));
                var sums = MemoryMarshal.Cast<float, Vector<float>>(scores[..ScoreLength]);
                for (var i = 0; i < row.Length; i++)
                {
                    sums[i] += row[i];
                }

                return true;
            }

            if (found.Key == key)
            {
                var languages = entryLanguages.AsSpan(found.Start, found.End - found.Start);
                var weights = entryWeights.AsSpan(found.Start, languages.Length);
                for (var i = 0; i < languages.Length; i++)
                {
                    scores[languages[i]] += weights[i];
                }

                return true;
            }
        }

        return false;
    }

    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    /// <summary>One n-gram and where its weights are (End -1: a dense row at Start), together in one cache line.</summary>
    private readonly record struct Slot(ulong Key, int Start, int End);
}
