namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// One kind's verdict on an item: how likely it is, whether it was assigned (the probability reached the kind's
/// tuned threshold, or a phrase matched), and why: the n-grams that pushed it most, or the phrases that matched.
/// </summary>
public sealed record KindScore(FeedbackKind Kind, double Confidence, bool Assigned, IReadOnlyList<string> Why);
