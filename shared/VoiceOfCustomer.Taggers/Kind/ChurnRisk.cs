namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// Whether the customer says they may leave (cancel, uninstall, switch to a competitor, ask for a refund), found by
/// phrases in the item's language; <see cref="Why"/> holds the phrases that matched.
/// </summary>
public sealed record ChurnRisk(bool Detected, double Confidence, IReadOnlyList<string> Why)
{
    public static readonly ChurnRisk None = new(false, 0, []);
}
