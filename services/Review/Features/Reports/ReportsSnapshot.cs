using VoiceOfCustomer.Review.Features.Disparity;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>Every report as of one recompute: disparity and per-CSM, the segments' voices, what drives the accounts.</summary>
public sealed record ReportsSnapshot(
    DateTimeOffset ComputedAt,
    DateTimeOffset WindowStart,
    int Items,
    WindowReport Report,
    IReadOnlyList<VoiceGapRow> Segments,
    IReadOnlyList<DrivenByRow> DrivenBy);

/// <summary>The latest snapshot, swapped whole by the refresher and read by the endpoints without locks.</summary>
public sealed class ReviewReports
{
    private volatile ReportsSnapshot? _current;

    /// <summary>Null until the first recompute after start has finished.</summary>
    public ReportsSnapshot? Current => _current;

    internal void Publish(ReportsSnapshot snapshot) => _current = snapshot;
}
