using VoiceOfCustomer.Taggers.Kind;
using VoiceOfCustomer.Taggers.Sentiment;

namespace VoiceOfCustomer.Taggers;

/// <summary>
/// How severe an item reads, 0 to 1, from its kind and sentiment: a problem report starts at 0.6 and strong negative
/// sentiment raises it towards 1; churn risk is at least 0.8. An unknown kind gives null (the score counts it as 0.5),
/// so an item the tagger cannot read is never ranked lower for it.
/// </summary>
public static class SeverityRule
{
    public const double ChurnRiskFloor = 0.8;

    /// <summary>What strong negative sentiment (score -1) adds at most.</summary>
    public const double NegativeSentimentWeight = 0.4;

    public static (double? Severity, string Why) Of(KindTag kinds, SentimentTag sentiment)
    {
        var churn = kinds.ChurnRisk.Detected;
        if (kinds.Has(FeedbackKind.Unknown))
        {
            return churn ? (ChurnRiskFloor, "churn risk (kind unknown)") : (null, "kind unknown: counted as neutral");
        }

        var baseline = kinds.Kinds.Max(Baseline);
        var negative = sentiment.Label == SentimentLabel.Unknown ? 0 : Math.Max(0, -sentiment.Score);
        var severity = Math.Clamp(baseline + (NegativeSentimentWeight * negative), 0, 1);
        var why = $"{string.Join('+', kinds.Kinds.Select(FeedbackKindNames.Name))} {baseline:0.0#}";
        if (negative > 0)
        {
            why += $", negative sentiment {sentiment.Score:0.##}";
        }

        if (churn && severity < ChurnRiskFloor)
        {
            severity = ChurnRiskFloor;
            why += ", churn risk";
        }

        return (Math.Round(severity, 3), why);
    }

    private static double Baseline(FeedbackKind kind) => kind switch
    {
        FeedbackKind.ProblemReport => 0.6,
        FeedbackKind.FeatureRequest => 0.5,
        FeedbackKind.Question => 0.4,
        FeedbackKind.Other => 0.3,
        FeedbackKind.Praise => 0.2,
        _ => 0.5,
    };
}
