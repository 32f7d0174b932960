namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// The personal data found in one item, in text order and never overlapping: marked on the item so erasure can find
/// it, and masked in exports and reports.
/// </summary>
public sealed record PersonalDataTag(IReadOnlyList<PersonalDataSpan> Spans)
{
    public static PersonalDataTag None { get; } = new([]);

    public bool HasPersonalData => Spans.Count > 0;

    public IReadOnlyList<PersonalDataKind> Kinds => [.. Spans.Select(s => s.Kind).Distinct()];
}
