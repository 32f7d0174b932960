using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Disparity;

namespace VoiceOfCustomer.Review.Features.Segments;

/// <summary>
/// Keeps review_segments as the current answer on under-represented segments (holds read it to decide whether a
/// suppression is held): replaced whole in one transaction, so a reader sees the old answer or the new one.
/// </summary>
public sealed class SegmentsTable(Database database)
{
    private const string Clear = "DELETE FROM review_segments";

    private const string Insert = """
        INSERT INTO review_segments (attribute, value, under_represented, reasons, account_share, feedback_share, ratio, p_value, updated_at)
        VALUES (@Attribute, @Value, @UnderRepresented, @Reasons, @AccountShare, @FeedbackShare, @Ratio, @PValue, @UpdatedAt)
        """;

    public async Task ReplaceAsync(IReadOnlyList<VoiceGapRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var work = await database.BeginAsync(cancellationToken);
        await work.ExecuteAsync(Clear, null, cancellationToken);
        await work.ExecuteManyAsync(Insert, [.. rows.Select(r => new
        {
            r.Attribute, r.Value, r.UnderRepresented, Reasons = SegmentVoices.Reasons(r.Rules),
            AccountShare = Finite(r.AccountShare), FeedbackShare = Finite(r.FeedbackShare), Ratio = Finite(r.Ratio), PValue = Finite(r.PValue), UpdatedAt = now,
        })], cancellationToken);
        await work.CommitAsync(cancellationToken);
    }

    /// <summary>NaN and infinities (no accounts, no feedback) are stored as NULL: not every database takes them.</summary>
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
