using VoiceOfCustomer.Prioritization.Features.Scoring;
using static VoiceOfCustomer.Prioritization.Tests.Scoring.ScoringSupport;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

/// <summary>
/// The largest figures the options allow: shortest half-life, every weight at its maximum, the largest ARR and voice-gap
/// weight, the cap share just below 1. A request of up to 2^31 such accounts stays finite: checked by multiplying one
/// account's figures by 2^31.
/// </summary>
public sealed class When_dates_reach_the_supported_bounds
{
    private const double Accounts = 2_147_483_648; // 2^31, more accounts than a request can have (Reach is an int)
    private const double SmallestNormal = 2.2250738585072014E-308; // below it a double loses precision on its way to 0

    private static ScoreFormula Largest() => Formula(o =>
    {
        o.RecencyHalfLifeDays = FormulaOptions.MinRecencyHalfLifeDays;
        o.BaseWeight = o.ImportanceWeight = o.GoalWeight = o.SeverityWeight = o.RevenueWeight = FormulaOptions.MaxWeight;
        o.VoiceGapMaxWeight = 10;
        o.RevenueCapShare = Math.BitDecrement(1.0);
    });

    private static AccountAssessment Heaviest(DateTimeOffset latestAt) =>
        new("heaviest", 3, 3, 1, latestAt, ScoreFormula.MaxArr, 0.01);

    private static IEnumerable<TestCaseData> Dates()
    {
        DateTimeOffset[] bounds = [ScoreFormula.EarliestDate, ScoreFormula.Epoch, ScoreFormula.LatestDate];
        foreach (var item in bounds)
        {
            foreach (var now in bounds)
            {
                yield return new TestCaseData(item, now).SetArgDisplayNames($"item {item:yyyy-MM-dd}", $"now {now:yyyy-MM-dd}");
            }
        }
    }

    [TestCaseSource(nameof(Dates))]
    public void No_figure_overflows(DateTimeOffset item, DateTimeOffset now)
    {
        var formula = Largest();

        var score = formula.Score([Heaviest(item)], now);

        Assert.That(double.IsFinite(score.RankingKey * Accounts), Is.True, "ranking key");
        Assert.That(double.IsFinite(score.Score * Accounts), Is.True, "score");
        Assert.That(double.IsFinite(score.RevenueRaw * Accounts), Is.True, "revenue");
        Assert.That(double.IsFinite(formula.ScoreAt(score.RankingKey * Accounts, now)), Is.True, "score from the key");
    }

    [TestCaseSource(nameof(Dates))]
    public void No_figure_vanishes(DateTimeOffset item, DateTimeOffset now)
    {
        var score = Largest().Score([Heaviest(item)], now);

        Assert.That(score.RankingKey, Is.GreaterThanOrEqualTo(SmallestNormal));
        Assert.That(score.Score, Is.GreaterThanOrEqualTo(SmallestNormal));
        Assert.That(Largest().ScoreAt(score.RankingKey, now), Close(score.Score));
    }

    [Test]
    public void The_shortest_half_life_is_the_one_that_keeps_2200_finite()
    {
        // The figure that grows fastest is an item of 2200 seen from a now of 2000: 2^(73,049 days / half-life).
        var exponent = (ScoreFormula.LatestDate - ScoreFormula.EarliestDate).TotalDays / FormulaOptions.MinRecencyHalfLifeDays;

        Assert.That(exponent, Is.LessThan(1024 - 31 - 12 - 1), "2^31 accounts of need at most 4,000 (< 2^12), doubled by revenue");
        Assert.That(exponent * FormulaOptions.MinRecencyHalfLifeDays / (FormulaOptions.MinRecencyHalfLifeDays - 5), Is.GreaterThan(1024 - 31 - 12 - 1),
            "and 5 days less would not be enough: the minimum is no stricter than it needs to be");
    }
}
