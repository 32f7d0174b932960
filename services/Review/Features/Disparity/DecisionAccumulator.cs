namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>
/// Triage counts per (CSM, segment value), per CSM, and per two-way intersection cell, kept up to date decision by
/// decision: a decision adds its item's action; a later decision for the same item first takes the earlier one back.
/// The reports read only these counts, so they recompute without rescanning decisions. Flat arrays and a struct per
/// item: recording a decision allocates nothing once an item, CSM or profile has been seen. Not thread-safe.
/// </summary>
public sealed class DecisionAccumulator
{
    private readonly int _attributes;
    private readonly int _values;
    private readonly Dictionary<string, int> _csmIndex = new(StringComparer.Ordinal);
    private readonly List<string> _csmNames = [];
    private readonly Dictionary<ProfileKey, int> _profileIndex = [];
    private readonly List<int> _profileValues = [];
    private readonly Dictionary<Guid, ItemState> _items = [];
    private OutcomeCounts _cells = new(0);
    private OutcomeCounts _csms = new(0);

    public DecisionAccumulator(SegmentCatalog catalog, IReadOnlyList<(int First, int Second)> intersections)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(intersections);
        Catalog = catalog;
        _attributes = catalog.Attributes.Count;
        _values = catalog.ValueCount;
        Intersections = intersections;
        IntersectionCells = [.. intersections.Select(pair => new OutcomeCounts(
            catalog.Attributes[pair.First].Values.Count * catalog.Attributes[pair.Second].Values.Count))];
    }

    public SegmentCatalog Catalog { get; }

    /// <summary>The attribute pairs whose cells are counted (region x plan tier, ...).</summary>
    public IReadOnlyList<(int First, int Second)> Intersections { get; }

    /// <summary>Per intersection, counts per cell (first value offset x second attribute's value count + second value offset).</summary>
    public IReadOnlyList<OutcomeCounts> IntersectionCells { get; }

    public int CsmCount => _csmNames.Count;

    public string CsmName(int csm) => _csmNames[csm];

    /// <summary>Items with a decision.</summary>
    public int ItemCount => _items.Count;

    /// <summary>Counts per (CSM, value) at index csm x ValueCount + value.</summary>
    public OutcomeCounts Cells => _cells;

    /// <summary>Counts per CSM over all of that CSM's items.</summary>
    public OutcomeCounts Csms => _csms;

    /// <summary>The number of a CSM, registered on first sight.</summary>
    public int Csm(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_csmIndex.TryGetValue(id, out var index))
        {
            return index;
        }

        index = _csmNames.Count;
        _csmIndex[id] = index;
        _csmNames.Add(id);
        if (_csms.Length <= index)
        {
            var capacity = Math.Max(16, 2 * _csms.Length);
            _csms = _csms.Grow(capacity);
            _cells = _cells.Grow(capacity * _values);
        }

        return index;
    }

    /// <summary>
    /// The number of an account's segment profile: one value per attribute in catalog order, -1 where unknown.
    /// Registered on first sight; items of accounts with the same attributes share it.
    /// </summary>
    public int Profile(ReadOnlySpan<int> values)
    {
        if (values.Length != _attributes)
        {
            throw new ArgumentException($"A profile has one value per attribute ({_attributes}), not {values.Length}.", nameof(values));
        }

        for (var a = 0; a < _attributes; a++)
        {
            if (values[a] != -1 && (values[a] < Catalog.FirstValue(a) || values[a] >= Catalog.EndValue(a)))
            {
                throw new ArgumentOutOfRangeException(nameof(values), values[a], $"Not a value of '{Catalog.Attributes[a].Name}'.");
            }
        }

        var key = new ProfileKey(values.ToArray());
        if (!_profileIndex.TryGetValue(key, out var index))
        {
            index = _profileIndex.Count;
            _profileIndex[key] = index;
            _profileValues.AddRange(values);
        }

        return index;
    }

    /// <summary>Records an item's decision; one that supersedes an earlier decision for the item moves its counts.</summary>
    public void Record(Guid item, int csm, int profile, TriageAction action)
    {
        if ((uint)csm >= (uint)_csmNames.Count || (uint)profile >= (uint)_profileIndex.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(csm), "Register the CSM and the profile first (Csm, Profile).");
        }

        ref var state = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_items, item, out var seen);
        if (seen)
        {
            Apply(state.Csm, state.Profile, state.Action, -1);
        }

        state = new ItemState(csm, profile, action);
        Apply(csm, profile, action, +1);
    }

    private void Apply(int csm, int profile, TriageAction action, int sign)
    {
        _csms.Add(csm, action, sign);
        var offset = profile * _attributes;
        for (var a = 0; a < _attributes; a++)
        {
            var value = _profileValues[offset + a];
            if (value >= 0)
            {
                _cells.Add((csm * _values) + value, action, sign);
            }
        }

        for (var i = 0; i < Intersections.Count; i++)
        {
            var (first, second) = Intersections[i];
            var v1 = _profileValues[offset + first];
            var v2 = _profileValues[offset + second];
            if (v1 >= 0 && v2 >= 0)
            {
                var width = Catalog.EndValue(second) - Catalog.FirstValue(second);
                IntersectionCells[i].Add(((v1 - Catalog.FirstValue(first)) * width) + v2 - Catalog.FirstValue(second), action, sign);
            }
        }
    }

    private readonly record struct ItemState(int Csm, int Profile, TriageAction Action);

    private sealed class ProfileKey(int[] values) : IEquatable<ProfileKey>
    {
        private readonly int[] _values = values;

        public bool Equals(ProfileKey? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

        public override bool Equals(object? obj) => Equals(obj as ProfileKey);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var v in _values)
            {
                hash.Add(v);
            }

            return hash.ToHashCode();
        }
    }
}
