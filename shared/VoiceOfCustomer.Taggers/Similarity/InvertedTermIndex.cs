namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>
/// The inverted index behind <see cref="SimilarRequestIndex"/> (not thread-safe on its own): requests as sparse
/// TF-IDF vectors of character trigrams, trigram to postings, cosine scoring by walking the rarest trigrams first.
/// IDF is never baked into stored weights: postings keep raw counts and the query applies the current IDF, so only
/// each request's norm depends on IDF as it was; norms are all recomputed once the request count has moved by
/// NormRefreshShare, which keeps the error small at an amortized cost of a few operations per add.
/// </summary>
internal sealed class InvertedTrigramIndex(SimilarRequestIndexOptions options)
{
    private static readonly float[] TermFrequency = [0f, .. Enumerable.Range(1, 255).Select(c => 1f + MathF.Log(c))];

    private readonly Dictionary<long, int> gramIds = [];
    private readonly List<GramPostings> postings = [];
    private readonly Dictionary<Guid, int> slotsById = [];
    private List<IndexedRequest> requests = [];
    private int deadSlots;
    private int countAtRefresh;

    public int Count => slotsById.Count;

    public int SlotCount => requests.Count;

    public bool Contains(Guid id) => slotsById.ContainsKey(id);

    public void Add(Guid id, Span<long> keys, Span<int> counts)
    {
        if (keys.Length > options.MaxTrigramsPerRequest)
        {
            counts.Sort(keys, (a, b) => b.CompareTo(a));
            keys = keys[..options.MaxTrigramsPerRequest];
        }

        var grams = new int[keys.Length];
        var gramCounts = new byte[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (!gramIds.TryGetValue(keys[i], out var gram))
            {
                gram = postings.Count;
                gramIds[keys[i]] = gram;
                postings.Add(new GramPostings());
            }

            grams[i] = gram;
            gramCounts[i] = (byte)Math.Min(counts[i], byte.MaxValue);
        }

        Array.Sort(grams, gramCounts);
        var request = new IndexedRequest(id, grams, gramCounts);
        var slot = requests.Count;
        requests.Add(request);
        slotsById[id] = slot;
        for (var i = 0; i < grams.Length; i++)
        {
            postings[grams[i]].Add(slot, gramCounts[i]);
            postings[grams[i]].DocumentFrequency++;
        }

        request.Norm = NormOf(request);
        RefreshNormsWhenDrifted();
    }

    public bool Remove(Guid id)
    {
        if (!slotsById.Remove(id, out var slot))
        {
            return false;
        }

        var request = requests[slot];
        request.IsLive = false;
        foreach (var gram in request.Grams)
        {
            postings[gram].DocumentFrequency--;
        }

        deadSlots++;
        if (deadSlots > Math.Max(1024, Count / 4))
        {
            Compact();
        }

        RefreshNormsWhenDrifted();
        return true;
    }

    public float Idf(int documentFrequency) => MathF.Log(1f + ((float)Count / Math.Max(documentFrequency, 1)));

    public int GramId(long key) => gramIds.TryGetValue(key, out var gram) ? gram : -1;

    public int DocumentFrequency(int gram) => gram < 0 ? 0 : postings[gram].DocumentFrequency;

    public IndexedRequest Request(int slot) => requests[slot];

    /// <summary>
    /// Adds w(q, g) * tf(d, g) * idf(g) into scores for every live request holding each query trigram, rarest first,
    /// skipping trigrams held by too many requests and stopping once enough postings were walked. Returns the
    /// query's norm; touched gets every slot whose score went above zero.
    /// </summary>
    public float Accumulate(ReadOnlySpan<long> keys, ReadOnlySpan<int> counts, float[] scores, List<int> touched)
    {
        Span<int> rarity = keys.Length <= 256 ? stackalloc int[keys.Length] : new int[keys.Length];
        Span<int> order = keys.Length <= 256 ? stackalloc int[keys.Length] : new int[keys.Length];
        var queryNorm = 0f;
        for (var i = 0; i < keys.Length; i++)
        {
            var gram = GramId(keys[i]);
            var weight = TermFrequency[Math.Min(counts[i], byte.MaxValue)] * Idf(DocumentFrequency(gram));
            queryNorm += weight * weight;
            rarity[i] = gram < 0 ? int.MaxValue : DocumentFrequency(gram);
            order[i] = i;
        }

        rarity.Sort(order);
        var maxFrequency = Count >= options.MinRequestsBeforePruning ? options.MaxDocumentFrequencyShare * Count : double.MaxValue;
        var walked = 0;
        for (var r = 0; r < order.Length && rarity[r] != int.MaxValue && rarity[r] <= maxFrequency; r++)
        {
            var gram = postings[GramId(keys[order[r]])];
            if (rarity[r] == 0)
            {
                continue;
            }

            if (walked > 0 && walked + gram.Count > options.MaxPostingsWalked)
            {
                break;
            }

            walked += gram.Count;
            var idf = Idf(gram.DocumentFrequency);
            var queryWeight = TermFrequency[Math.Min(counts[order[r]], byte.MaxValue)] * idf * idf;
            var slots = gram.Slots;
            var gramCounts = gram.Counts;
            for (var p = 0; p < slots.Length; p++)
            {
                var slot = slots[p];
                if (!requests[slot].IsLive)
                {
                    continue;
                }

                if (scores[slot] == 0f)
                {
                    touched.Add(slot);
                }

                scores[slot] += queryWeight * TermFrequency[gramCounts[p]];
            }
        }

        return MathF.Sqrt(queryNorm);
    }

    private float NormOf(IndexedRequest request)
    {
        var sum = 0f;
        for (var i = 0; i < request.Grams.Length; i++)
        {
            var weight = TermFrequency[request.Counts[i]] * Idf(postings[request.Grams[i]].DocumentFrequency);
            sum += weight * weight;
        }

        return MathF.Sqrt(sum);
    }

    private void RefreshNormsWhenDrifted()
    {
        if (Math.Abs(Count - countAtRefresh) <= options.NormRefreshShare * countAtRefresh)
        {
            return;
        }

        foreach (var request in requests)
        {
            if (request.IsLive)
            {
                request.Norm = NormOf(request);
            }
        }

        countAtRefresh = Count;
    }

    // Drops removed requests for good: live requests get new slots and every posting list is rebuilt.
    private void Compact()
    {
        requests = [.. requests.Where(r => r.IsLive)];
        foreach (var list in postings)
        {
            list.Clear();
        }

        slotsById.Clear();
        for (var slot = 0; slot < requests.Count; slot++)
        {
            var request = requests[slot];
            slotsById[request.Id] = slot;
            for (var i = 0; i < request.Grams.Length; i++)
            {
                postings[request.Grams[i]].Add(slot, request.Counts[i]);
            }
        }

        deadSlots = 0;
    }
}
