namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// The running sum of a text's valences, how many words carried sentiment, and the three strongest contributions
/// (kept as positions in the text, so no string is made until the tag is returned).
/// </summary>
internal struct ValenceSum
{
    public const int Kept = 3;

    private (float Valence, int Start, int End) first;
    private (float Valence, int Start, int End) second;
    private (float Valence, int Start, int End) third;

    public float Total { get; private set; }

    public int SentimentWords { get; private set; }

    /// <summary>What '!' and '?' added to the sum (0 when the words are neutral: emphasis alone says nothing).</summary>
    public float Emphasis { get; private set; }

    private int exclamations;
    private int questionMarks;

    public readonly float Score
    {
        get
        {
            var score = Total / MathF.Sqrt((Total * Total) + SentimentWeights.Normalisation);
            return Math.Clamp(score, -1f, 1f);
        }
    }

    public void Add(float valence, int start, int end)
    {
        Total += valence;
        SentimentWords++;
        var item = (valence, start, end);
        var strength = MathF.Abs(valence);
        if (strength > MathF.Abs(first.Valence))
        {
            (first, second, third) = (item, first, second);
        }
        else if (strength > MathF.Abs(second.Valence))
        {
            (second, third) = (item, second);
        }
        else if (strength > MathF.Abs(third.Valence))
        {
            third = item;
        }
    }

    public void Emphasise(float emphasis, int exclamationCount, int questionMarkCount)
    {
        if (Total == 0 || emphasis == 0)
        {
            return;
        }

        Emphasis = MathF.CopySign(emphasis, Total);
        Total += Emphasis;
        exclamations = Math.Min(exclamationCount, 4);
        questionMarks = questionMarkCount > 1 ? Math.Min(questionMarkCount, 4) : 0;
    }

    public readonly IReadOnlyList<SentimentCue> Cues(string text)
    {
        var cues = new List<SentimentCue>(Kept + 1);
        foreach (var (valence, start, end) in (ReadOnlySpan<(float, int, int)>)[first, second, third])
        {
            if (valence != 0)
            {
                cues.Add(new SentimentCue(text[start..end], Math.Round(valence, 3)));
            }
        }

        if (Emphasis != 0)
        {
            cues.Add(new SentimentCue(new string('!', exclamations) + new string('?', questionMarks), Math.Round(Emphasis, 3)));
        }

        return cues;
    }
}
