namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>
/// The inverted index behind <see cref="SimilarRequestIndex"/> (not thread-safe on its own): requests as sparse
/// TF-IDF vectors of word terms (see TermExtractor), term to postings, cosine scoring by walking the rarest terms first.
/// IDF is never baked into stored weights: postings keep raw counts and the query applies the current IDF, so only
/// each request's norm depends on IDF as it was; norms are all recomputed once the request count has moved by
/// NormRefreshShare, which keeps the error small at an amortized cost of a few operations per add.
/// </summary>
internal sealed class InvertedTermIndex(SimilarRequestIndexOptions options)
{
    private static readonly float[] TermFrequency = [0f, .. Enumerable.Range(1, 255).Select(c => 1f + MathF.Log(c))];

    private readonly Dictionary<long, int> termIds = [];
    private readonly List<TermPostings> postings = [];
    private readonly Dictionary<Guid, int> slotsById = [];
    private List<IndexedRequest> requests = [];
    private int deadSlots;
    private int countAtRefresh;

    public int Count => slotsById.Count;

    public int SlotCount => requests.Count;

    public bool Contains(Guid id) => slotsById.ContainsKey(id);

    public void Add(Guid id, Span<long> keys, Span<int> counts)
    {
        if (keys.Length > options.MaxTermsPerRequest)
        {
            counts.Sort(keys, (a, b) => b.CompareTo(a));
            keys = keys[..options.MaxTermsPerRequest];
        }

        var terms = new int[keys.Length];
        var termCounts = new byte[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (!termIds.TryGetValue(keys[i], out var term))
            {
                term = postings.Count;
                termIds[keys[i]] = term;
                postings.Add(new TermPostings());
            }

            terms[i] = term;
            termCounts[i] = (byte)Math.Min(counts[i], byte.MaxValue);
        }

        Array.Sort(terms, termCounts);
        var request = new IndexedRequest(id, terms, termCounts);
        var slot = requests.Count;
        requests.Add(request);
        slotsById[id] = slot;
        for (var i = 0; i < terms.Length; i++)
        {
            postings[terms[i]].Add(slot, termCounts[i]);
            postings[terms[i]].DocumentFrequency++;
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
        foreach (var term in request.Terms)
        {
            postings[term].DocumentFrequency--;
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

    public int TermId(long key) => termIds.TryGetValue(key, out var term) ? term : -1;

    public int DocumentFrequency(int term) => term < 0 ? 0 : postings[term].DocumentFrequency;

    public IndexedRequest Request(int slot) => requests[slot];

    /// <summary>
    /// Adds w(q, g) * tf(d, g) * idf(g) into scores for every live request holding each query term, rarest first,
    /// skipping terms held by too many requests and stopping once enough postings were walked. Returns the
    /// query's norm; touched gets every slot whose score went above zero.
    /// </summary>
    public float Accumulate(ReadOnlySpan<long> keys, ReadOnlySpan<int> counts, float[] scores, List<int> touched)
    {
        Span<int> rarity = keys.Length <= 256 ? stackalloc int[keys.Length] : new int[keys.Length];
        Span<int> order = keys.Length <= 256 ? stackalloc int[keys.Length] : new int[keys.Length];
        var queryNorm = 0f;
        for (var i = 0; i < keys.Length; i++)
        {
            var term = TermId(keys[i]);
            var weight = TermFrequency[Math.Min(counts[i], byte.MaxValue)] * Idf(DocumentFrequency(term));
            queryNorm += weight * weight;
            rarity[i] = term < 0 ? int.MaxValue : DocumentFrequency(term);
            order[i] = i;
        }

        rarity.Sort(order);
        var maxFrequency = Count >= options.MinRequestsBeforePruning ? options.MaxDocumentFrequencyShare * Count : double.MaxValue;
        var walked = 0;
        for (var r = 0; r < order.Length && rarity[r] != int.MaxValue && rarity[r] <= maxFrequency; r++)
        {
            var term = postings[TermId(keys[order[r]])];
            if (rarity[r] == 0)
            {
                continue;
            }

            if (walked > 0 && walked + term.Count > options.MaxPostingsWalked)
            {
                break;
            }

            walked += term.Count;
            var idf = Idf(term.DocumentFrequency);
            var queryWeight = TermFrequency[Math.Min(counts[order[r]], byte.MaxValue)] * idf * idf;
            var slots = term.Slots;
            var termCounts = term.Counts;
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

                scores[slot] += queryWeight * TermFrequency[termCounts[p]];
            }
        }

        return MathF.Sqrt(queryNorm);
    }

    private float NormOf(IndexedRequest request)
    {
        var sum = 0f;
        for (var i = 0; i < request.Terms.Length; i++)
        {
            var weight = TermFrequency[request.Counts[i]] * Idf(postings[request.Terms[i]].DocumentFrequency);
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
            for (var i = 0; i < request.Terms.Length; i++)
            {
                postings[request.Terms[i]].Add(slot, request.Counts[i]);
            }
        }

        deadSlots = 0;
    }
}
