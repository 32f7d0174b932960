using VoiceOfCustomer.Review.Features.Segments;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>
/// "What drives us" per segment: how many accounts said they are driven by revenue, by value, are unsure, or did not
/// say, from the accounts' custom attribute what_drives_us (the contracts carry no other field for it), per value of
/// every standard attribute (region first).
/// </summary>
public static class DrivenBySummary
{
    public const string CustomKey = "what_drives_us";

    public static IReadOnlyList<DrivenByRow> Compute(IReadOnlyList<AccountRow> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var rows = new Dictionary<(string Attribute, string Value), int[]>();
        foreach (var account in accounts)
        {
            var answer = SegmentAttributes.Custom(account.Custom).GetValueOrDefault(CustomKey)?.Trim().ToUpperInvariant() switch
            {
                "REVENUE" => 0,
                "VALUE" => 1,
                "UNSURE" => 2,
                _ => 3,
            };
            foreach (var (attribute, value) in SegmentAttributes.Of(account).Where(s => !s.Key.StartsWith(SegmentAttributes.CustomPrefix, StringComparison.Ordinal)))
            {
                if (!rows.TryGetValue((attribute, value), out var counts))
                {
                    rows[(attribute, value)] = counts = new int[4];
                }

                counts[answer]++;
            }
        }

        var order = SegmentAttributes.Standard.Select((a, i) => (a.Name, i)).ToDictionary(a => a.Name, a => a.i, StringComparer.Ordinal);
        return [.. rows.OrderBy(r => order[r.Key.Attribute]).ThenBy(r => r.Key.Value, StringComparer.Ordinal)
            .Select(r => new DrivenByRow(r.Key.Attribute, r.Key.Value, r.Value[0], r.Value[1], r.Value[2], r.Value[3]))];
    }
}

/// <summary>A segment's accounts by what drives them; Sentence says it plainly.</summary>
public sealed record DrivenByRow(string Attribute, string Value, int Revenue, int ValueDriven, int Unsure, int NotSaid)
{
    public string Sentence
    {
        get
        {
            var answered = Revenue + ValueDriven + Unsure;
            return answered == 0
                ? $"No {Value} account has said what drives it ({NotSaid} accounts)."
                : FormattableString.Invariant($"Of {answered} {Value} accounts that said, {Revenue} are driven by revenue, {ValueDriven} by value and {Unsure} are unsure ({NotSaid} did not say).");
        }
    }
}
