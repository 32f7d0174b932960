using System.Text.Json;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>A decision as review_decisions holds it: who decided what about which item, and the item's segments then.</summary>
public sealed record DecisionRow
{
    public const string Columns = """
        decision_id AS DecisionId, feedback_id AS FeedbackId, decided_at AS DecidedAt, decided_by AS DecidedBy, action AS Action,
        segments AS Segments
        """;

    public Guid DecisionId { get; init; }

    public Guid FeedbackId { get; init; }

    public DateTimeOffset DecidedAt { get; init; }

    public string DecidedBy { get; init; } = "";

    /// <summary>The contract's action number (VoiceOfCustomer.Contracts.TriageAction).</summary>
    public int Action { get; init; }

    public string Segments { get; init; } = "{}";

    public Dictionary<string, string> SegmentValues() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Segments) ?? new(StringComparer.Ordinal);
}
