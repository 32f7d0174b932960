namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>What a word does to the sentiment words after it, besides any valence of its own.</summary>
internal enum WordRole : byte
{
    None,
    Booster,
    Dampener,
    Negation,
    Contrast,
}
