namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>
/// The segment attributes (region, country, language, size band, industry, plan tier, custom ones) and their values,
/// each value numbered once across all attributes, so counts can live in flat arrays indexed by value.
/// </summary>
public sealed class SegmentCatalog
{
    private readonly int[] _attributeOfValue;
    private readonly string[] _valueNames;
    private readonly int[] _firstValue;

    public SegmentCatalog(IReadOnlyList<SegmentDimension> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        Attributes = attributes;
        _firstValue = new int[attributes.Count + 1];
        var names = new List<string>();
        var owners = new List<int>();
        for (var a = 0; a < attributes.Count; a++)
        {
            _firstValue[a] = names.Count;
            if (attributes[a].Values.Count < 2)
            {
                throw new ArgumentException($"Attribute '{attributes[a].Name}' needs at least two values to compare.", nameof(attributes));
            }

            foreach (var value in attributes[a].Values)
            {
                names.Add(value);
                owners.Add(a);
            }
        }

        _firstValue[attributes.Count] = names.Count;
        _valueNames = [.. names];
        _attributeOfValue = [.. owners];
    }

    public IReadOnlyList<SegmentDimension> Attributes { get; }

    /// <summary>Number of values over all attributes.</summary>
    public int ValueCount => _valueNames.Length;

    public string ValueName(int value) => _valueNames[value];

    public int AttributeOf(int value) => _attributeOfValue[value];

    /// <summary>The values of attribute <paramref name="attribute"/> are numbered from this (inclusive) ...</summary>
    public int FirstValue(int attribute) => _firstValue[attribute];

    /// <summary>... to this (exclusive).</summary>
    public int EndValue(int attribute) => _firstValue[attribute + 1];

    /// <summary>The global number of a named value of an attribute.</summary>
    public int Value(int attribute, string name)
    {
        for (var v = FirstValue(attribute); v < EndValue(attribute); v++)
        {
            if (string.Equals(_valueNames[v], name, StringComparison.Ordinal))
            {
                return v;
            }
        }

        throw new KeyNotFoundException($"'{name}' is not a value of '{Attributes[attribute].Name}'.");
    }
}

/// <summary>One segment attribute (a dimension customers are grouped by): its name, how "the others" read in a sentence ("regions"), and its values.</summary>
public sealed record SegmentDimension(string Name, string OthersLabel, IReadOnlyList<string> Values);
