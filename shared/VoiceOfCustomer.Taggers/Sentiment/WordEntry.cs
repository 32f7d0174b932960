namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// Everything a language knows about one word, found with a single lookup: its valence (NaN when it has none),
/// its role, and the phrases that start with it (two-word modifiers like "kind of", idioms like "yeah right").
/// </summary>
internal sealed class WordEntry
{
    public float Valence { get; set; } = float.NaN;

    public WordRole Role { get; set; }

    /// <summary>Multi-word phrases starting with this word: the words after it, and what the phrase is.</summary>
    public List<PhraseEntry> Phrases { get; } = [];

    public bool HasValence => !float.IsNaN(Valence);
}
