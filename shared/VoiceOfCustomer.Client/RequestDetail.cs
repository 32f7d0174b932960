namespace VoiceOfCustomer.Client;

/// <summary>One request (GET /api/requests/{id}) with its score's breakdown as of now and what customers said.</summary>
public sealed record RequestDetail(
    Guid RequestId, string Title, string Status, string? StatusReason, Guid? MergedInto, string CreatedBy, DateTimeOffset CreatedAt,
    ScoreBreakdown Breakdown, IReadOnlyList<RequestVerbatim> Verbatims);

/// <summary>Each term of a request's score (docs/prioritization.md), and each account's part.</summary>
public sealed record ScoreBreakdown(
    int FormulaVersion, DateTimeOffset AsOf, double Score, double Need, double RevenueRaw, double Revenue, bool RevenueCapped, int Reach,
    double Base, double Importance, double Goal, double Severity, double VoiceGapUplift, decimal RevenueOnlyKey, IReadOnlyList<AccountScore> Accounts);

public sealed record AccountScore(string AccountId, double Contribution, double Need, double RevenueShare, double VoiceWeight, double RecencyFactor, AccountAssessment Assessment);

public sealed record AccountAssessment(string AccountId, int Importance, int GoalProximity, double? Severity, DateTimeOffset LatestAt, decimal Arr, double? VoiceGapRatio);

public sealed record RequestVerbatim(Guid FeedbackId, string AccountId, string Text, DateTimeOffset OccurredAt);
