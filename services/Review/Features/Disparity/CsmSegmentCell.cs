using VoiceOfCustomer.Review.Features.Disparity.Statistics;

namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>
/// One CSM's suppressions for one segment value against the same CSM's other items, under the beta-binomial model:
/// posteriors Beta(prior + counts) for both, and the posterior probability that the cell's rate is at least
/// <see cref="RiskRatio"/> times the rest's. Flagged when that probability reaches the configured level (0.99).
/// </summary>
public sealed record CsmSegmentCell(
    string Csm,
    string Attribute,
    string Segment,
    long K,
    long N,
    long KRest,
    long NRest,
    BetaDistribution CellPosterior,
    BetaDistribution RestPosterior,
    double RiskRatio,
    double Probability,
    bool Flagged)
{
    public string Sentence => DisparitySentences.For(this);
}
