namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>One compiled phrase: the theme it points to, its language, and how much a match of it weighs.</summary>
internal sealed record PhraseEntry(int Theme, string Language, string Phrase, float Weight);
