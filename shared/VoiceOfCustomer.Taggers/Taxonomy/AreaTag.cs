namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// The product area (and theme inside it) an item is about, how sure the tagger is (0 to 1), and why: the taxonomy
/// phrases that matched for that area, each with its language. No phrase matched: every field null, confidence 0.
/// </summary>
public sealed record AreaTag(string? AreaId, string? AreaName, string? ThemeId, string? ThemeName, double Confidence, IReadOnlyList<string> Why)
{
    public static AreaTag None { get; } = new(null, null, null, null, 0, []);
}
