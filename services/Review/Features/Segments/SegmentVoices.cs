using VoiceOfCustomer.Review.Features.Disparity;
using VoiceOfCustomer.Review.Features.Policy;

namespace VoiceOfCustomer.Review.Features.Segments;

/// <summary>
/// The voice-gap inputs per segment value: the registry's accounts (every account counts as active) and the feedback
/// items logged for them in the window, each counted under the account's current segments; policy designation from
/// the list in force. Policy segments no account has still appear, with no accounts.
/// </summary>
public static class SegmentVoices
{
    public static IReadOnlyList<SegmentVoice> Count(
        IReadOnlyList<AccountRow> accounts, IReadOnlyDictionary<string, long> feedbackPerAccount, IReadOnlyList<PolicySegment> policy)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(feedbackPerAccount);
        ArgumentNullException.ThrowIfNull(policy);
        var counts = new Dictionary<(string Attribute, string Value), (long Accounts, long Feedback)>();
        foreach (var account in accounts)
        {
            var feedback = feedbackPerAccount.GetValueOrDefault(account.AccountId);
            foreach (var (attribute, value) in SegmentAttributes.Of(account))
            {
                var (a, f) = counts.GetValueOrDefault((attribute, value));
                counts[(attribute, value)] = (a + 1, f + feedback);
            }
        }

        var designated = policy.Select(p => (p.Attribute, p.Value)).ToHashSet();
        foreach (var segment in designated)
        {
            counts.TryAdd(segment, (0, 0));
        }

        return [.. counts
            .OrderBy(c => c.Key.Attribute, StringComparer.Ordinal).ThenBy(c => c.Key.Value, StringComparer.Ordinal)
            .Select(c => new SegmentVoice(c.Key.Attribute, c.Key.Value, c.Value.Accounts, c.Value.Feedback, designated.Contains(c.Key)))];
    }

    /// <summary>The rules that fired, as review_segments keeps them: "policy,minority_share,voice_gap" (empty when none).</summary>
    public static string Reasons(UnderRepresentation rules) => string.Join(',', new[]
    {
        rules.HasFlag(UnderRepresentation.PolicyDesignated) ? "policy" : null,
        rules.HasFlag(UnderRepresentation.MinorityShare) ? "minority_share" : null,
        rules.HasFlag(UnderRepresentation.VoiceGap) ? "voice_gap" : null,
    }.OfType<string>());
}
