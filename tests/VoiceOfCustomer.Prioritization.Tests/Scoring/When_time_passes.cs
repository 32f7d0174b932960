using VoiceOfCustomer.Prioritization.Features.Scoring;
using static VoiceOfCustomer.Prioritization.Tests.Scoring.ScoringSupport;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

public sealed class When_time_passes
{
    private static readonly AccountAssessment[] Recent =
        [Account("a", importance: 1, latestAt: Now.AddDays(-3), arr: 40_000), Account("b", goal: 2, latestAt: Now.AddDays(-10))];

    private static readonly AccountAssessment[] Older =
        [Account("c", importance: 3, goal: 3, severity: 0.9, latestAt: Now.AddDays(-150), arr: 2_000_000), Account("d", latestAt: Now.AddDays(-400)),
         Account("e", importance: 2, goal: 2, latestAt: Now.AddDays(-95), voiceGapRatio: 0.5)];

    [Test]
    public void An_account_one_half_life_older_contributes_half()
    {
        var score = Formula().Score([Account("new", importance: 2, goal: 1), Account("old", importance: 2, goal: 1, latestAt: Now.AddDays(-90))], Now);

        var byId = score.Accounts.ToDictionary(a => a.AccountId);
        Assert.That(byId["old"].RecencyFactor, Close(0.5));
        Assert.That(byId["new"].RecencyFactor, Close(1.0));
        Assert.That(byId["old"].Contribution, Close(byId["new"].Contribution / 2));
    }

    [Test]
    public void Revenue_decays_with_its_account()
    {
        var score = Formula(o => o.RevenueCapShare = 0.9).Score([Account("a", arr: 999_999, latestAt: Now.AddDays(-180))], Now);

        Assert.That(score.RevenueRaw, Close(0.25));
    }

    [Test]
    public void A_request_scores_half_one_half_life_later()
    {
        var formula = Formula();

        Assert.That(formula.Score(Older, Now.AddDays(90)).Score, Close(formula.Score(Older, Now).Score / 2));
    }

    [Test]
    public void The_ranking_key_does_not_change_when_only_now_changes()
    {
        var formula = Formula();
        var key = formula.Score(Older, Now).RankingKey;

        Assert.That(formula.Score(Older, Now.AddDays(1)).RankingKey, Is.EqualTo(key));
        Assert.That(formula.Score(Older, Now.AddYears(30)).RankingKey, Is.EqualTo(key));
    }

    [Test]
    public void The_ranking_key_is_the_score_as_of_the_epoch()
    {
        var formula = Formula();

        Assert.That(formula.Score(Older, ScoreFormula.Epoch).Score, Close(formula.Score(Older, Now).RankingKey));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(365)]
    [TestCase(-400)]
    [TestCase(20 * 365)]
    public void Score_at_turns_a_stored_key_into_the_score_as_of_now(int days)
    {
        var formula = Formula();
        var now = Now.AddDays(days);
        var stored = formula.Score(Older, Now).RankingKey;

        Assert.That(formula.ScoreAt(stored, now), Close(formula.Score(Older, now).Score));
    }

    [TestCase(0)]
    [TestCase(30)]
    [TestCase(-700)]
    [TestCase(10 * 365)]
    [TestCase(150 * 365)]
    public void Ranking_by_stored_keys_is_ranking_by_the_score_as_of_any_now(int days)
    {
        var formula = Formula();
        var recent = formula.Score(Recent, Now);
        var older = formula.Score(Older, Now);
        var now = Now.AddDays(days);

        Assert.That(Math.Abs(older.RankingKey / recent.RankingKey - 1), Is.GreaterThan(0.001), "two requests that do not tie");
        var byKey = Math.Sign(older.RankingKey - recent.RankingKey);
        Assert.That(Math.Sign(formula.ScoreAt(older.RankingKey, now) - formula.ScoreAt(recent.RankingKey, now)), Is.EqualTo(byKey));
        Assert.That(Math.Sign(formula.Score(Older, now).Score - formula.Score(Recent, now).Score), Is.EqualTo(byKey));
    }

    [Test]
    public void A_new_item_changes_the_key_by_what_its_account_adds()
    {
        var formula = Formula();
        var before = formula.Score(Older, Now);
        var oldD = Account("d", latestAt: Now.AddDays(-400));
        var newD = Account("d", latestAt: Now.AddDays(-1));

        var after = formula.Score([.. Older, newD], Now);

        Assert.That(before.RevenueCapped || after.RevenueCapped, Is.False, "with the cap out of play the key is a plain sum over accounts");
        Assert.That(after.RankingKey - before.RankingKey, Close(formula.Score([newD], Now).RankingKey - formula.Score([oldD], Now).RankingKey));
    }
}
