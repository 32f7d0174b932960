namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>The empirically derived constants published with VADER (Hutto and Gilbert, ICWSM 2014).</summary>
internal static class SentimentWeights
{
    /// <summary>What a booster ("very") adds to, or a dampener ("slightly") takes from, the next sentiment word.</summary>
    public const float Booster = 0.293f;

    /// <summary>What writing a sentiment word in capitals among lower-case words adds to it.</summary>
    public const float Capitals = 0.733f;

    /// <summary>A negated word flips and loses a quarter of its strength ("not good" is less bad than "bad").</summary>
    public const float Negation = -0.74f;

    /// <summary>Before a contrast word ("but") sentiment counts half; after it, half as much again.</summary>
    public const float BeforeContrast = 0.5f;

    public const float AfterContrast = 1.5f;

    /// <summary>Each '!' (at most four) adds this to the sum, in its direction.</summary>
    public const float Exclamation = 0.292f;

    /// <summary>Two or three '?' add this each; more add <see cref="ManyQuestionMarks"/> in all.</summary>
    public const float QuestionMark = 0.18f;

    public const float ManyQuestionMarks = 0.96f;

    /// <summary>How many words before a sentiment word a booster or negation can reach.</summary>
    public const int Window = 3;

    /// <summary>Alpha in score = sum / sqrt(sum² + alpha), which maps any sum into -1..+1.</summary>
    public const float Normalisation = 15f;

    /// <summary>The scores at or beyond which a text is positive or negative (VADER's thresholds).</summary>
    public const double LabelThreshold = 0.05;

    /// <summary>A booster two words away counts 95%, three words away 90%.</summary>
    public static float DistanceFactor(int distance) => distance switch
    {
        1 => 1f,
        2 => 0.95f,
        _ => 0.9f,
    };
}
