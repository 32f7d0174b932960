using System.Runtime.InteropServices;
using VoiceOfCustomer.Prioritization.Features.Scoring;
using static VoiceOfCustomer.Prioritization.Tests.Scoring.ScoringSupport;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

public sealed class When_a_request_is_scored
{
    [Test]
    public void It_counts_the_base_weight_once_for_each_account()
    {
        var score = Formula(o => o.BaseWeight = 1.5).Score([Account("a"), Account("b")], Now);

        Assert.That(score.Base, Close(3.0));
        Assert.That(score.Need, Close(3.0));
        Assert.That(score.Score, Close(3.0));
        Assert.That(score.Importance + score.Goal + score.Severity + score.VoiceGapUplift + score.Revenue, Is.Zero);
    }

    [Test]
    public void It_adds_the_csm_importance_as_a_share_of_its_weight()
    {
        var score = Formula(o => o.ImportanceWeight = 1.5).Score([Account("a", importance: 2)], Now);

        Assert.That(score.Importance, Close(1.5 * 2 / 3));
        Assert.That(score.Score, Close(1 + 1.0));
    }

    [Test]
    public void It_adds_the_goal_proximity_as_a_share_of_its_weight()
    {
        var score = Formula(o => o.GoalWeight = 2).Score([Account("a", goal: 3), Account("b", goal: 1)], Now);

        Assert.That(score.Goal, Close(2.0 + 2.0 / 3));
        Assert.That(score.Score, Close(2 + 2 + 2.0 / 3));
    }

    [Test]
    public void It_adds_the_severity_times_its_weight()
    {
        var score = Formula().Score([Account("a", severity: 0.6)], Now);

        Assert.That(score.Severity, Close(0.5 * 0.6));
        Assert.That(score.Score, Close(1.3));
    }

    [Test]
    public void It_adds_the_revenue_as_log10_of_arr_over_6()
    {
        // 1 + 99 = 100: log10 is 2, so the term is 2/6; the need (importance and goal 3: 3) caps it at 1.
        var score = Formula().Score([Account("a", importance: 3, goal: 3, arr: 99)], Now);

        Assert.That(score.RevenueRaw, Close(1.0 / 3));
        Assert.That(score.Revenue, Close(1.0 / 3));
        Assert.That(score.RevenueCapped, Is.False);
        Assert.That(score.Score, Close(3 + 1.0 / 3));
    }

    [Test]
    public void It_weights_an_account_of_one_million_arr_about_1_before_the_cap()
    {
        var score = Formula(o => o.RevenueWeight = 2).Score([Account("a", arr: 999_999)], Now);

        Assert.That(score.RevenueRaw, Close(2.0));
    }

    [Test]
    public void It_multiplies_the_need_of_an_account_from_a_voice_gap_segment()
    {
        var score = Formula().Score([Account("a", importance: 3, voiceGapRatio: 0.5)], Now);

        Assert.That(score.Base + score.Importance, Close(2.0));
        Assert.That(score.VoiceGapUplift, Close(2.0));
        Assert.That(score.Score, Close(4.0));
    }

    [Test]
    public void It_counts_an_account_one_half_life_old_half()
    {
        var score = Formula(o => o.RecencyHalfLifeDays = 120).Score([Account("a", latestAt: Now.AddDays(-120))], Now);

        Assert.That(score.Score, Close(0.5));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void It_counts_each_account_once_with_its_latest_assessment(bool latestFirst)
    {
        var older = Account("a", importance: 3, goal: 3, severity: 1, latestAt: Now.AddDays(-10), arr: 5_000_000);
        var latest = Account("a", importance: 0, goal: 1, severity: 0, latestAt: Now.AddDays(-1), arr: 20_000);
        AccountAssessment[] accounts = latestFirst ? [latest, older] : [older, latest];

        var score = Formula().Score(accounts, Now);

        Assert.That(score.Reach, Is.EqualTo(1));
        Assert.That(score.Accounts.Select(a => a.Assessment), Is.EqualTo(new[] { latest }));
        Assert.That(score.Score, Close(Formula().Score([latest], Now).Score));
        Assert.That(score.RevenueOnlyKey, Is.EqualTo(20_000m));
    }

    [Test]
    public void It_keeps_the_later_of_two_assessments_of_the_same_moment()
    {
        var first = Account("a", importance: 3);
        var second = Account("a", importance: 1);

        var score = Formula().Score([first, second], Now);

        Assert.That(score.Accounts.Single().Assessment, Is.SameAs(second));
    }

    [Test]
    public void It_counts_reach_as_distinct_accounts()
    {
        var score = Formula().Score([Account("a"), Account("b"), Account("a"), Account("c"), Account("A")], Now);

        Assert.That(score.Reach, Is.EqualTo(4), "account ids are compared exactly: A and a are two accounts");
        Assert.That(score.Accounts.Select(a => a.AccountId), Is.Unique);
    }

    [Test]
    public void It_gives_the_revenue_only_key_as_the_plain_arr_total_without_recency()
    {
        var score = Formula().Score(
            [Account("a", arr: 100m), Account("b", arr: 250.5m, latestAt: Now.AddYears(-20)), Account("c", arr: 0m)], Now);

        Assert.That(score.RevenueOnlyKey, Is.EqualTo(350.5m));
    }

    [Test]
    public void It_splits_the_need_into_terms_that_add_up()
    {
        var score = Formula().Score(
            [
                Account("a", importance: 2, goal: 3, severity: 0.7, latestAt: Now.AddDays(-30), voiceGapRatio: 0.6),
                Account("b", importance: 1, goal: 0, severity: null, latestAt: Now.AddDays(-200)),
            ], Now);

        Assert.That(score.Base + score.Importance + score.Goal + score.Severity + score.VoiceGapUplift, Close(score.Need));
        Assert.That(score.Accounts.Sum(a => a.Contribution), Close(score.Score));
    }

    [Test]
    public void It_lists_the_accounts_largest_contribution_first()
    {
        var score = Formula().Score([Account("small"), Account("large", importance: 3, goal: 3), Account("middle", importance: 2)], Now);

        Assert.That(string.Join(", ", score.Accounts.Select(a => a.AccountId)), Is.EqualTo("large, middle, small"));
    }

    [Test]
    public void It_gives_the_same_key_to_the_last_bit_whatever_the_order_of_the_accounts()
    {
        var random = new Random(7);
        var accounts = Enumerable.Range(0, 200)
            .Select(i => Account($"acct-{i}", importance: random.Next(4), goal: random.Next(4), severity: random.NextDouble(),
                latestAt: Now.AddDays(-random.NextDouble() * 900), arr: random.Next(1_000_000)))
            .ToList();
        var formula = Formula();
        var first = formula.Score(accounts, Now);

        for (var i = 0; i < 20; i++)
        {
            random.Shuffle(CollectionsMarshal.AsSpan(accounts));
            var again = formula.Score(accounts, Now);

            Assert.That((again.RankingKey, again.Score), Is.EqualTo((first.RankingKey, first.Score)));
        }
    }

    [Test]
    public void It_records_the_formula_version()
    {
        var formula = Formula(o => o.Version = 3);

        Assert.That(formula.Version, Is.EqualTo(3));
        Assert.That(formula.Score([Account("a")], Now).FormulaVersion, Is.EqualTo(3));
    }

    [Test]
    public void It_scores_a_request_without_accounts_0()
    {
        var score = Formula().Score([], Now);

        Assert.That(score.Score, Is.Zero);
        Assert.That(score.RankingKey, Is.Zero);
        Assert.That(score.Reach, Is.Zero);
        Assert.That(score.RevenueCapped, Is.False);
        Assert.That(score.Accounts, Is.Empty);
    }
}
