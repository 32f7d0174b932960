namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// The kinds of one feedback item: the assigned kinds (never empty: at least <see cref="FeedbackKind.Other"/> or
/// <see cref="FeedbackKind.Unknown"/>), every kind's score with its why, the churn-risk signal and the source.
/// </summary>
public sealed record KindTag(IReadOnlyList<FeedbackKind> Kinds, IReadOnlyList<KindScore> Scores, ChurnRisk ChurnRisk, KindSource Source)
{
    /// <summary>The score of one kind, or null when this tag has none for it (an unknown item scores nothing).</summary>
    public KindScore? Score(FeedbackKind kind) => Scores.FirstOrDefault(s => s.Kind == kind);

    public bool Has(FeedbackKind kind) => Kinds.Contains(kind);
}
