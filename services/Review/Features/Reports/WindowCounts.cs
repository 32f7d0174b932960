using VoiceOfCustomer.Review.Features.Disparity;
using VoiceOfCustomer.Review.Features.Segments;
using ContractAction = VoiceOfCustomer.Contracts.TriageAction;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>
/// The window's decisions as counts: a <see cref="DecisionAccumulator"/> over a catalog of the segment values seen,
/// fed decision by decision. An item counts by its latest decision (by DecidedAt, then decision id), whatever order
/// decisions arrive in, and feeding the same decision twice changes nothing. A decision with a segment value the
/// catalog lacks cannot be counted: <see cref="Feed"/> says so and the caller rebuilds with a wider catalog.
/// Not thread-safe: the refresher alone feeds it.
/// </summary>
public sealed class WindowCounts
{
    private readonly Dictionary<Guid, (DateTimeOffset DecidedAt, Guid DecisionId)> _latest = [];
    private readonly int[] _profile;

    public WindowCounts(SegmentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Accumulator = new DecisionAccumulator(catalog, Intersections(catalog));
        _profile = new int[catalog.Attributes.Count];
    }

    public DecisionAccumulator Accumulator { get; }

    /// <summary>Counts a decision; false when one of its segment values is not in the catalog (nothing is counted then).</summary>
    public bool Feed(DecisionRow decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (_latest.TryGetValue(decision.FeedbackId, out var seen)
            && (seen.DecidedAt > decision.DecidedAt || (seen.DecidedAt == decision.DecidedAt && seen.DecisionId.CompareTo(decision.DecisionId) > 0)))
        {
            return true; // a later decision for the item is already counted
        }

        var catalog = Accumulator.Catalog;
        var values = decision.SegmentValues();
        for (var a = 0; a < catalog.Attributes.Count; a++)
        {
            _profile[a] = -1;
            if (values.TryGetValue(catalog.Attributes[a].Name, out var value))
            {
                var index = IndexOf(catalog, a, value);
                if (index < 0)
                {
                    return false;
                }

                _profile[a] = index;
            }
        }

        foreach (var (attribute, value) in values)
        {
            if (!catalog.Attributes.Any(d => d.Name == attribute)
                && !(SingleValued.TryGetValue(attribute, out var only) && string.Equals(only, value, StringComparison.Ordinal)))
            {
                return false; // a new attribute, or a second value of one that had one: the catalog must grow
            }
        }

        _latest[decision.FeedbackId] = (decision.DecidedAt, decision.DecisionId);
        Accumulator.Record(decision.FeedbackId, Accumulator.Csm(decision.DecidedBy), Accumulator.Profile(_profile), Action(decision.Action));
        return true;
    }

    /// <summary>Attributes with one value so far (nothing to compare, so left out of the catalog); a second value needs a rebuild.</summary>
    public IReadOnlyDictionary<string, string> SingleValued { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    private static int IndexOf(SegmentCatalog catalog, int attribute, string value)
    {
        for (var v = catalog.FirstValue(attribute); v < catalog.EndValue(attribute); v++)
        {
            if (string.Equals(catalog.ValueName(v), value, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return -1;
    }

    private static TriageAction Action(int action) => (ContractAction)action switch
    {
        ContractAction.Forward => TriageAction.Forwarded,
        ContractAction.Merge => TriageAction.Merged,
        ContractAction.Deprioritize => TriageAction.Deprioritized,
        ContractAction.Suppress => TriageAction.Suppressed,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a triage action."),
    };

    /// <summary>Every pair of standard attributes in the catalog: region x language, language x plan tier, ...</summary>
    private static List<(int First, int Second)> Intersections(SegmentCatalog catalog)
    {
        var standard = Enumerable.Range(0, catalog.Attributes.Count)
            .Where(a => !catalog.Attributes[a].Name.StartsWith(SegmentAttributes.CustomPrefix, StringComparison.Ordinal)).ToList();
        return [.. standard.SelectMany((first, i) => standard.Skip(i + 1).Select(second => (first, second)))];
    }
}
