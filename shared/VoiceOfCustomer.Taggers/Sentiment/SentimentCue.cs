namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// One reason for a sentiment score: the words as written (with the negation or booster that changed them, e.g.
/// "not very good") and what they added to the sum before normalisation, on VADER's -4..+4 scale.
/// </summary>
public sealed record SentimentCue(string Phrase, double Valence);
