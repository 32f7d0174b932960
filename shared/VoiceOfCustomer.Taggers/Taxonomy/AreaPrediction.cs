namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// The learned area model's answer for one text: the most probable area among those it was taught (and that the
/// taxonomy still has), its probability against the others and against "an area it was never taught", how many
/// corrections taught it, and the folded words or grams that pushed it most (only for an answer trusted and sure
/// enough to be used: <see cref="AreaLearner.MinCorrections"/>, <see cref="AreaLearner.MinProbability"/>; else empty).
/// </summary>
public sealed record AreaPrediction(string AreaId, double Probability, int Corrections, IReadOnlyList<string> Why);
