using VoiceOfCustomer.Prioritization.Features.Scoring;
using static VoiceOfCustomer.Prioritization.Tests.Scoring.ScoringSupport;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

public sealed class When_revenue_is_large
{
    [Test]
    public void A_huge_arr_hits_the_cap_of_a_quarter_of_the_score()
    {
        // log10(1 + 10^15) / 6 = 2.5, far above the cap: need 1 allows revenue 1 * 0.25 / 0.75 = 1/3.
        var score = Formula().Score([Account("whale", arr: ScoreFormula.MaxArr)], Now);

        Assert.That(score.RevenueRaw, Close(2.5));
        Assert.That(score.Revenue, Close(1.0 / 3));
        Assert.That(score.RevenueCapped, Is.True);
        Assert.That(score.Revenue / score.Score, Close(0.25));
    }

    [TestCase(0)]
    [TestCase(1_000)]
    [TestCase(1_000_000)]
    [TestCase(50_000_000)]
    [TestCase(1e15)]
    public void Revenue_alone_never_exceeds_a_quarter_of_the_score(double arr)
    {
        var score = Formula(o => o.RevenueWeight = 100).Score([Account("a", arr: (decimal)arr), Account("b", importance: 1)], Now);

        Assert.That(score.Revenue, Is.LessThanOrEqualTo(0.25 * score.Score + 1e-12));
    }

    [Test]
    public void The_cap_follows_the_configured_share()
    {
        var score = Formula(o => o.RevenueCapShare = 0.5).Score([Account("whale", arr: ScoreFormula.MaxArr)], Now);

        Assert.That(score.Revenue, Close(1.0));
        Assert.That(score.Revenue / score.Score, Close(0.5));
    }

    [Test]
    public void The_capped_revenue_is_shared_in_proportion_to_each_accounts_revenue()
    {
        // Raw revenue 1 + 1/3; need 2 caps it at 2/3, half of the raw: each account keeps half of its own.
        var score = Formula().Score([Account("big", arr: 999_999), Account("small", arr: 99)], Now);

        Assert.That(score.Revenue, Close(2.0 / 3));
        Assert.That(score.Accounts.Single(a => a.AccountId == "big").RevenueShare, Close(0.5));
        Assert.That(score.Accounts.Single(a => a.AccountId == "small").RevenueShare, Close(1.0 / 6));
        Assert.That(score.Accounts.Single(a => a.AccountId == "small").Contribution, Close(1 + 1.0 / 6));
    }

    [Test]
    public void Revenue_disabled_removes_the_term_and_keeps_the_revenue_only_key()
    {
        var score = Formula(o => o.RevenueEnabled = false).Score([Account("whale", arr: 1_000_000_000)], Now);

        Assert.That(score.RevenueRaw, Is.Zero);
        Assert.That(score.Revenue, Is.Zero);
        Assert.That(score.RevenueCapped, Is.False);
        Assert.That(score.Score, Close(1.0));
        Assert.That(score.RevenueOnlyKey, Is.EqualTo(1_000_000_000m));
    }

    [Test]
    public void A_cap_share_of_0_removes_the_term_and_shows_what_it_removed()
    {
        var score = Formula(o => o.RevenueCapShare = 0).Score([Account("whale", arr: 999_999)], Now);

        Assert.That(score.Revenue, Is.Zero);
        Assert.That(score.RevenueRaw, Close(1.0));
        Assert.That(score.RevenueCapped, Is.True);
        Assert.That(score.Score, Close(1.0));
        Assert.That(score.RankingKey, Close(Formula(o => o.RevenueEnabled = false).Score([Account("whale", arr: 999_999)], Now).RankingKey));
    }

    [Test]
    public void Revenue_is_not_multiplied_by_the_voice_gap_weight()
    {
        var withGap = Formula().Score([Account("a", arr: 999_999, voiceGapRatio: 0.5)], Now);
        var without = Formula().Score([Account("a", arr: 999_999)], Now);

        Assert.That(withGap.RevenueRaw, Close(without.RevenueRaw));
    }

    [Test]
    public void A_request_with_more_revenue_and_less_need_ranks_below_by_score_and_above_by_revenue()
    {
        var formula = Formula();
        var enterprise = formula.Score([Account("bank", goal: 1, arr: 5_000_000)], Now);
        var smallShops = formula.Score([Account("shop-1", importance: 2, goal: 3, arr: 12_000), Account("shop-2", importance: 2, goal: 2, arr: 8_000)], Now);

        Assert.That(smallShops.Score, Is.GreaterThan(enterprise.Score));
        Assert.That(smallShops.RevenueOnlyKey, Is.LessThan(enterprise.RevenueOnlyKey));
    }
}
