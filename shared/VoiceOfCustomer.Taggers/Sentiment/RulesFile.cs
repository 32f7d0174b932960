namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// One Data/rules-&lt;language&gt;.yaml: the hand-written words that change other words (negations, boosters,
/// dampeners, contrast words), the elided prefixes to cut at an apostrophe, and words or idioms with their
/// valence that the language's lexicon lacks.
/// </summary>
internal sealed class RulesFile
{
    public List<string> Negations { get; init; } = [];

    public List<string> Boosters { get; init; } = [];

    public List<string> Dampeners { get; init; } = [];

    public List<string> Contrasts { get; init; } = [];

    public List<string> Elisions { get; init; } = [];

    /// <summary>Endings that make any word a negation, like English "n't".</summary>
    public List<string> NegationSuffixes { get; init; } = [];

    public Dictionary<string, float> Words { get; init; } = [];

    public Dictionary<string, float> Idioms { get; init; } = [];
}
