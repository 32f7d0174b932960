namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>What GET /api/feedback/{id} says about an item: where it is and when it reached each stage.</summary>
internal sealed record FeedbackView(Guid FeedbackId, string Stage, IReadOnlyList<StageReached> History)
{
    public const string Watched = "watched";

    public static readonly IReadOnlyList<string> AllStages = ["submitted", "tagged", "queued", Watched];

    /// <summary>At the last stage with every stage in its history (stage events may be recorded out of order).</summary>
    public bool IsWatchedWithFullHistory => Stage == Watched && History.Count == AllStages.Count;

    public override string ToString() => $"{FeedbackId} at {Stage}, history [{string.Join(", ", History.Select(h => h.Stage))}]";
}

internal sealed record StageReached(string Stage, DateTimeOffset ReachedAt);
