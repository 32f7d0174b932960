using static VoiceOfCustomer.Prioritization.Tests.Scoring.ScoringSupport;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

public sealed class When_severity_is_unknown
{
    [Test]
    public void It_counts_as_the_neutral_0_5()
    {
        var unknown = Formula().Score([Account("a", importance: 1, severity: null)], Now);
        var neutral = Formula().Score([Account("a", importance: 1, severity: 0.5)], Now);

        Assert.That(unknown.Severity, Close(0.25));
        Assert.That(unknown.Score, Close(neutral.Score));
        Assert.That(unknown.RankingKey, Close(neutral.RankingKey));
    }

    [TestCase(0.5, 0.5)]
    [TestCase(0.1, 0.9)]
    [TestCase(0.0, 1.0)]
    [TestCase(0.3, 0.6)]
    public void A_request_never_ranks_below_the_same_request_with_known_severities_of_average_0_5_or_less(double first, double second)
    {
        var known = Formula().Score([Account("a", severity: first), Account("b", severity: second)], Now);
        var unknown = Formula().Score([Account("a", severity: null), Account("b", severity: null)], Now);

        Assert.That(unknown.RankingKey, Is.GreaterThanOrEqualTo(known.RankingKey * (1 - 1e-12)));
    }

    [Test]
    public void It_ranks_below_a_known_high_severity()
    {
        var unknown = Formula().Score([Account("a", severity: null)], Now);
        var severe = Formula().Score([Account("a", severity: 0.9)], Now);

        Assert.That(severe.RankingKey, Is.GreaterThan(unknown.RankingKey));
    }
}
