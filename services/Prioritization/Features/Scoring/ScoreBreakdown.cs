namespace VoiceOfCustomer.Prioritization.Features.Scoring;

/// <summary>
/// A request's score and every term of it. <see cref="RankingKey"/> is what to store and sort by; every other figure
/// is as of <see cref="AsOf"/>, so Score = Need + Revenue = Base + Importance + Goal + Severity + VoiceGapUplift + Revenue,
/// and the accounts' contributions add up to Score.
/// </summary>
/// <param name="FormulaVersion">The version of the formula that made this score.</param>
/// <param name="RankingKey">Score scaled to the formula's epoch: sorting by it is sorting by today's score, at any time.</param>
/// <param name="AsOf">The moment the figures below are for.</param>
/// <param name="Score">Need + Revenue as of <see cref="AsOf"/>.</param>
/// <param name="Need">What the accounts' needs add up to, recency and voice-gap weights applied.</param>
/// <param name="RevenueRaw">The revenue term before the cap (0 when revenue is off).</param>
/// <param name="Revenue">The revenue term after the cap.</param>
/// <param name="RevenueCapped">Whether the cap lowered the revenue term.</param>
/// <param name="Reach">Distinct accounts behind the request.</param>
/// <param name="Base">What reach adds: the base weight of every account.</param>
/// <param name="Importance">What the CSMs' importance adds.</param>
/// <param name="Goal">What the business-goal proximity adds.</param>
/// <param name="Severity">What severity adds (unknown severity counted as 0.5).</param>
/// <param name="VoiceGapUplift">What the voice-gap weights add on top of the four terms above.</param>
/// <param name="RevenueOnlyKey">Plain sum of the accounts' ARR, without recency: what a revenue-first tool ranks by.</param>
/// <param name="Accounts">Each account's part, largest contribution first.</param>
public sealed record ScoreBreakdown(
    int FormulaVersion,
    double RankingKey,
    DateTimeOffset AsOf,
    double Score,
    double Need,
    double RevenueRaw,
    double Revenue,
    bool RevenueCapped,
    int Reach,
    double Base,
    double Importance,
    double Goal,
    double Severity,
    double VoiceGapUplift,
    decimal RevenueOnlyKey,
    IReadOnlyList<AccountScore> Accounts);

/// <summary>One account's part of a request's score, as of the breakdown's moment.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Contribution">Need + RevenueShare: what this account adds to the score.</param>
/// <param name="Need">voice weight * need * recency factor.</param>
/// <param name="RevenueShare">The account's share of the capped revenue term, in proportion to its uncapped revenue.</param>
/// <param name="VoiceWeight">1, or up to the maximum for an account from a segment with a voice gap.</param>
/// <param name="RecencyFactor">2^(-(now - LatestAt) / half-life).</param>
/// <param name="Assessment">The assessment that was scored.</param>
public sealed record AccountScore(
    string AccountId,
    double Contribution,
    double Need,
    double RevenueShare,
    double VoiceWeight,
    double RecencyFactor,
    AccountAssessment Assessment);
