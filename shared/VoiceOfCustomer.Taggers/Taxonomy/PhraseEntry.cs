namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// One compiled phrase: the theme it points to, its language, the phrase as written and folded (with its * when a
/// wildcard), and how much a match of it weighs.
/// </summary>
internal sealed record PhraseEntry(int Theme, string Language, string Phrase, string Folded, float Weight);
