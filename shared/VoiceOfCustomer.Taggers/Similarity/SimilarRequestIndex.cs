namespace VoiceOfCustomer.Taggers.Similarity;

/// <summary>
/// The existing requests, indexed so that for each new item the most similar ones come back with a cosine score
/// (TF-IDF over folded, truncation-stemmed words, which copes with case, accents and inflections in any Latin-script language). Built once
/// at start from every request's text (its title and member items), kept current with Add, Update and Remove, and
/// queried by many threads at once: a reader-writer lock lets queries run together and writes one at a time.
/// </summary>
public sealed class SimilarRequestIndex(SimilarRequestIndexOptions options) : IDisposable
{
    private const int WhyWords = 5;

    [ThreadStatic]
    private static QueryScratch? scratch;

    private readonly ReaderWriterLockSlim gate = new();
    private readonly InvertedTermIndex index = new(options);

    public SimilarRequestIndex()
        : this(new SimilarRequestIndexOptions())
    {
    }

    public SimilarRequestIndexOptions Options { get; } = options;

    public int Count
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return index.Count;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    /// <summary>Adds a request; its text is its title and its member items' text. Throws when the id is already in.</summary>
    public void Add(Guid requestId, string text) => Write(text, requestId, replace: false);

    /// <summary>Replaces a request's text (renamed, an item merged in). Throws when the id is not in.</summary>
    public void Update(Guid requestId, string text) => Write(text, requestId, replace: true);

    /// <summary>Removes a request (merged away, deleted); false when it was not there.</summary>
    public bool Remove(Guid requestId)
    {
        gate.EnterWriteLock();
        try
        {
            return index.Remove(requestId);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>The k requests most similar to the text, best first, with the pre-filled suggestion when one is sure enough.</summary>
    public SimilarRequests Query(string text, int k)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        using var terms = QueryTerms.Of(text);
        if (terms.Count == 0)
        {
            return SimilarRequests.None;
        }

        gate.EnterReadLock();
        try
        {
            var matches = TopMatches(terms, k);
            var prefill = matches.Count > 0 && matches[0].Score >= Options.PrefillThreshold ? matches[0] : null;
            return new SimilarRequests(matches, prefill);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public void Dispose() => gate.Dispose();

    private List<SimilarRequest> TopMatches(QueryTerms terms, int k)
    {
        var work = scratch ??= new QueryScratch();
        work.EnsureCapacity(index.SlotCount);
        var queryNorm = index.Accumulate(terms.Keys, terms.Counts, work.Scores, work.Touched);
        var best = new PriorityQueue<int, float>(k);
        foreach (var slot in work.Touched)
        {
            var score = work.Scores[slot] / (queryNorm * index.Request(slot).Norm);
            work.Scores[slot] = 0f;
            if (best.Count < k)
            {
                best.Enqueue(slot, score);
            }
            else if (best.TryPeek(out _, out var worst) && score > worst)
            {
                best.EnqueueDequeue(slot, score);
            }
        }

        work.Touched.Clear();
        var matches = new List<SimilarRequest>(best.Count);
        while (best.TryDequeue(out var slot, out var score))
        {
            var request = index.Request(slot);
            matches.Add(new SimilarRequest(request.Id, Math.Round(Math.Min(score, 1.0), 4), SharedWords.Explain(terms.Folded, request, index, WhyWords)));
        }

        matches.Reverse();
        return matches;
    }

    private void Write(string text, Guid requestId, bool replace)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var terms = QueryTerms.Of(text);
        gate.EnterWriteLock();
        try
        {
            if (index.Contains(requestId) != replace)
            {
                throw replace
                    ? new KeyNotFoundException($"Request {requestId} is not in the similarity index.")
                    : new ArgumentException($"Request {requestId} is already in the similarity index.", nameof(requestId));
            }

            index.Remove(requestId);
            index.Add(requestId, terms.Keys, terms.Counts);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Per-thread score accumulator, kept all zero between queries so it never needs clearing in full.</summary>
    private sealed class QueryScratch
    {
        public float[] Scores { get; private set; } = [];

        public List<int> Touched { get; } = [];

        public void EnsureCapacity(int slots)
        {
            if (Scores.Length < slots)
            {
                Scores = new float[Math.Max(slots, Scores.Length * 2)];
            }
        }
    }
}
