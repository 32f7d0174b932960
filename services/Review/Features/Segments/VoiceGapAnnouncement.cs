using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Review.Features.Disparity;

namespace VoiceOfCustomer.Review.Features.Segments;

/// <summary>
/// Publishes VoiceGapsChanged when the set of segments with a voice gap changes, or a gap's ratio moves by more than
/// <see cref="RatioStep"/> (so Prioritization's weights follow without a message per recompute). The first answer
/// after start is always published: what was last announced is not kept across restarts.
/// </summary>
public sealed class VoiceGapAnnouncement(IBus bus, TimeProvider clock)
{
    public const double RatioStep = 0.05;

    private IReadOnlyDictionary<(string, string), double>? _announced;

    public async Task AnnounceIfChangedAsync(IReadOnlyList<VoiceGapRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var gaps = rows.Where(r => r.Rules.HasFlag(UnderRepresentation.VoiceGap))
            .ToDictionary(r => (r.Attribute, r.Value), r => r.Ratio);
        if (_announced is { } before && before.Count == gaps.Count
            && gaps.All(g => before.TryGetValue(g.Key, out var ratio) && Math.Abs(ratio - g.Value) <= RatioStep))
        {
            return;
        }

        var id = NewId.NextGuid();
        await bus.Publish(new VoiceGapsChanged(id, id, clock.GetUtcNow(),
            [.. gaps.OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
                .Select(g => new SegmentVoiceGap(g.Key.Item1, g.Key.Item2, g.Value))]), cancellationToken);
        _announced = gaps;
    }
}
