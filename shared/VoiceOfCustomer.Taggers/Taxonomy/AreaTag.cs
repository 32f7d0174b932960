namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// The product area (and theme inside it) an item is about, how sure the tagger is (0 to 1), why (the taxonomy
/// phrases that matched, each with its language, or the learned model's strongest words) and which of the two
/// decided. Nothing found: every field null, confidence 0, source none.
/// </summary>
public sealed record AreaTag(
    string? AreaId, string? AreaName, string? ThemeId, string? ThemeName, double Confidence, IReadOnlyList<string> Why, AreaSource Source = AreaSource.Phrases)
{
    public static AreaTag None { get; } = new(null, null, null, null, 0, [], AreaSource.None);
}
