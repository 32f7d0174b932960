namespace VoiceOfCustomer.Prioritization.Features.Scoring;

/// <summary>One account behind a request, with its latest assessment in that request.</summary>
/// <param name="AccountId">The account, as in the accounts registry.</param>
/// <param name="Importance">The CSM's importance, 0 to 3.</param>
/// <param name="GoalProximity">0 unrelated, 1 nice-to-have, 2 slows a goal, 3 blocks a goal.</param>
/// <param name="Severity">From tagging, 0 to 1; null when tagging does not know (counts as 0.5).</param>
/// <param name="LatestAt">When the account's latest item in this request happened.</param>
/// <param name="Arr">Annual recurring revenue, 0 or more.</param>
/// <param name="VoiceGapRatio">
/// When the account is in a segment the reviewer found to have a voice gap: that segment's share of feedback over its
/// share of accounts (below 1; 0 when the segment gave no feedback at all, which weighs the most); null otherwise.
/// </param>
public sealed record AccountAssessment(
    string AccountId,
    int Importance,
    int GoalProximity,
    double? Severity,
    DateTimeOffset LatestAt,
    decimal Arr,
    double? VoiceGapRatio);
