namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// One problem in a taxonomy file, placed so the admin page can point at it: the line and column in the YAML
/// (1-based) and the field path ("areas[2].themes[0].phrases.fr[3]").
/// </summary>
public sealed record TaxonomyError(int Line, int Column, string Field, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}, {Field}: {Message}";
}
