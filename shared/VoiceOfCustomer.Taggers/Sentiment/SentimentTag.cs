namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// The sentiment of one text: a score from -1 (most negative) to +1, its label, how far the label can be trusted
/// (0 to 1; 0 when the language has no lexicon), and the words that weighed most, strongest first.
/// </summary>
public sealed record SentimentTag(SentimentLabel Label, double Score, double Confidence, IReadOnlyList<SentimentCue> Why)
{
    /// <summary>What the tagger says about a language it has no lexicon for: nothing, with zero confidence.</summary>
    public static SentimentTag Unknown { get; } = new(SentimentLabel.Unknown, 0, 0, []);
}
