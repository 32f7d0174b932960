namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// How far a label can be trusted, from the evidence behind it: the more sentiment words and the further the
/// score from the thresholds, the surer; a text with no sentiment word is neutral by absence of evidence, which
/// is weaker. Other languages than English are discounted, their lexicons being machine-translated and untested
/// against people's ratings. The figures are checked against human ratings in the evaluation (Sentiment/).
/// </summary>
internal static class SentimentConfidence
{
    private const double NoEvidence = 0.6;
    private const double TranslatedLexicon = 0.8;

    public static double Of(SentimentLabel label, double score, int sentimentWords, string language)
    {
        var confidence = label switch
        {
            SentimentLabel.Neutral when sentimentWords == 0 => NoEvidence,
            SentimentLabel.Neutral => 0.5 * (1 - (Math.Abs(score) / SentimentWeights.LabelThreshold)) + 0.25,
            _ => 0.5 + (0.5 * Math.Abs(score) * (1 - Math.Pow(0.5, sentimentWords))),
        };
        return Math.Round(language == "en" ? confidence : confidence * TranslatedLexicon, 3);
    }
}
