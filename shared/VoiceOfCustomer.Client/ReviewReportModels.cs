namespace VoiceOfCustomer.Client;

/// <summary>A reviewer's report: when it was computed, the window it covers, the items counted, and its rows.</summary>
public sealed record ReviewReport<T>(DateTimeOffset ComputedAt, DateTimeOffset WindowStart, int Items, IReadOnlyList<T> Rows);

/// <summary>A segment (or intersection cell) against the rest, for one outcome: rates with Wilson intervals, verdict, sentence.</summary>
public sealed record DisparityReportLine(
    string Attribute, string Segment, string Action, long K, long N, long KRest, long NRest, double? Rate, double? RateLow, double? RateHigh,
    double? RestRate, double? RestLow, double? RestHigh, double? RiskRatio, double? Excess, double? FisherP, double? Q, double? StratifiedP,
    double? StratifiedOddsRatio, string Verdict, string Sentence);

/// <summary>A CSM x segment cell of the per-CSM model: the probability that the CSM suppresses the segment more than usual.</summary>
public sealed record CsmReportLine(
    string Csm, string Attribute, string Segment, long K, long N, long KRest, long NRest, double? CellRate, double? RestRate, double? Probability,
    bool Flagged, string Sentence);

/// <summary>A segment's voice: shares of accounts and of feedback, and whether it is under-represented and by which rules.</summary>
public sealed record SegmentReportLine(
    string Attribute, string Value, bool UnderRepresented, string Reasons, long Accounts, long Feedback, double? AccountShare, double? FeedbackShare,
    double? Ratio, double? PValue, string Sentence);

/// <summary>A segment's accounts by their "what drives us" answer: driven by revenue, by the value it gives users, unsure, or not said.</summary>
public sealed record DrivenByReportLine(string Attribute, string Value, int Revenue, int ValueDriven, int Unsure, int NotSaid, string Sentence);
