using static VoiceOfCustomer.Prioritization.Tests.Scoring.ScoringSupport;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

public sealed class When_a_segment_has_a_voice_gap
{
    [TestCase(0.5, 2.0)]
    [TestCase(0.8, 1.25)]
    [TestCase(0.2, 2.0)]
    [TestCase(0.0, 2.0)]
    [TestCase(1.0, 1.0)]
    [TestCase(1.2, 1.0)]
    [TestCase(null, 1.0)]
    public void Its_accounts_are_weighted_1_over_the_ratio_between_1_and_2(double? ratio, double weight)
    {
        var score = Formula().Score([Account("a", importance: 3, goal: 1, voiceGapRatio: ratio)], Now);
        var need = 1 + 1 + 1.0 / 3;

        Assert.That(score.Accounts.Single().VoiceWeight, Close(weight));
        Assert.That(score.Score, Close(weight * need));
        Assert.That(score.VoiceGapUplift, Close((weight - 1) * need));
    }

    [Test]
    public void The_largest_weight_is_configurable()
    {
        var score = Formula(o => o.VoiceGapMaxWeight = 4).Score([Account("a", voiceGapRatio: 0.2)], Now);

        Assert.That(score.Accounts.Single().VoiceWeight, Close(4.0));
    }

    [Test]
    public void Only_the_accounts_of_the_segment_are_weighted()
    {
        var score = Formula().Score([Account("in-gap", voiceGapRatio: 0.5), Account("elsewhere")], Now);

        Assert.That(score.Accounts.Select(a => (a.AccountId, a.VoiceWeight)), Is.EqualTo(new[] { ("in-gap", 2.0), ("elsewhere", 1.0) }));
        Assert.That(score.Score, Close(3.0));
    }
}
