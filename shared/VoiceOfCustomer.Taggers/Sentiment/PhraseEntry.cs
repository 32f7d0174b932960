namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// A phrase of several words, matched on the words that follow its first one: either a modifier ("kind of" acts
/// as a dampener on its last word) or an idiom whose valence replaces those of its words ("yeah right" is -2).
/// </summary>
internal sealed record PhraseEntry(string[] Rest, WordRole Role, float Valence);
