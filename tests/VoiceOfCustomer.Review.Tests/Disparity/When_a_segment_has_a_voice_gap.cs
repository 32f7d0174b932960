using VoiceOfCustomer.Review.Features.Disparity;

namespace VoiceOfCustomer.Review.Tests.Disparity;

public sealed class When_a_segment_has_a_voice_gap
{
    private static readonly DisparityOptions Options = new();

    [Test]
    public void Each_rule_that_fires_is_named()
    {
        // 200 accounts, 200 feedback items. APAC: 25% of accounts, 5% of feedback (ratio 0.2). LATAM: 5% of accounts.
        var rows = VoiceGap.Assess(
        [
            new("region", "APAC", 50, 10, PolicyDesignated: false),
            new("region", "EMEA", 140, 180, PolicyDesignated: false),
            new("region", "LATAM", 10, 10, PolicyDesignated: true),
        ], Options);

        var apac = rows.Single(r => r.Value == "APAC");
        Assert.That(apac.AccountShare, Is.EqualTo(0.25));
        Assert.That(apac.FeedbackShare, Is.EqualTo(0.05));
        Assert.That(apac.Ratio, Is.EqualTo(0.2).Within(1e-15));
        Assert.That(apac.PValue, Is.LessThan(1e-10));
        Assert.That(apac.Rules, Is.EqualTo(UnderRepresentation.VoiceGap));
        Assert.That(rows.Single(r => r.Value == "LATAM").Rules, Is.EqualTo(UnderRepresentation.PolicyDesignated | UnderRepresentation.MinorityShare));
        Assert.That(rows.Single(r => r.Value == "EMEA").UnderRepresented, Is.False);
    }

    [Test]
    public void A_low_ratio_without_a_small_p_value_is_no_voice_gap()
    {
        // 2 of 20 feedback items from a segment with 20% of accounts: ratio 0.5, but P(X <= 2 | 20, 0.2) = 0.206.
        var rows = VoiceGap.Assess(
        [
            new("plan tier", "free", 20, 2, PolicyDesignated: false),
            new("plan tier", "paid", 80, 18, PolicyDesignated: false),
        ], Options);

        var free = rows.Single(r => r.Value == "free");
        Assert.That(free.Ratio, Is.EqualTo(0.5).Within(1e-15));
        Assert.That(free.PValue, Is.EqualTo(0.2060847).Within(1e-6));
        Assert.That(free.Rules, Is.EqualTo(UnderRepresentation.None));
    }
}
