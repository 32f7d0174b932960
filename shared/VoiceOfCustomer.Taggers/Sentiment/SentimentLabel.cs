namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// The three classes of VADER (score above +0.05, below -0.05, in between) and Unknown for a language the tagger
/// has no lexicon for, so that an untagged language is never mistaken for a neutral one.
/// </summary>
public enum SentimentLabel
{
    Unknown,
    Negative,
    Neutral,
    Positive,
}
