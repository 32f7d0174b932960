using Microsoft.Extensions.Options;
using VoiceOfCustomer.Prioritization.Features.Scoring;
using static VoiceOfCustomer.Prioritization.Tests.Scoring.ScoringSupport;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

/// <summary>Properties that hold for every request and every valid configuration, over a few hundred seeded random ones.</summary>
public sealed class When_many_random_requests_are_scored
{
    private const int Requests = 400;
    private static readonly double[] CapShares = [0, 0.1, 0.25, 0.5, 0.9];

    private static IEnumerable<(FormulaOptions Options, List<AccountAssessment> Accounts)> RandomRequests()
    {
        var random = new Random(20_260_301);
        for (var i = 0; i < Requests; i++)
        {
            var options = new FormulaOptions
            {
                BaseWeight = 0.01 + (random.NextDouble() * 3),
                ImportanceWeight = random.NextDouble() * 3,
                GoalWeight = random.NextDouble() * 3,
                SeverityWeight = random.NextDouble() * 3,
                RecencyHalfLifeDays = FormulaOptions.MinRecencyHalfLifeDays + (random.NextDouble() * 400),
                RevenueEnabled = random.Next(5) > 0,
                RevenueWeight = random.NextDouble() * 5,
                RevenueCapShare = CapShares[random.Next(CapShares.Length)],
                VoiceGapMaxWeight = 1 + (random.NextDouble() * 3),
            };
            var accounts = Enumerable.Range(0, random.Next(0, 16))
                .Select(_ => new AccountAssessment(
                    $"acct-{random.Next(12)}", // few ids, so some accounts come twice
                    random.Next(4),
                    random.Next(4),
                    random.Next(4) == 0 ? null : random.NextDouble(),
                    Now.AddDays(-random.NextDouble() * 1_000),
                    random.Next(3) == 0 ? 0 : (decimal)Math.Round(Math.Pow(10, random.NextDouble() * 10), 2),
                    random.Next(3) == 0 ? 0.05 + (random.NextDouble() * 1.5) : null))
                .ToList();
            yield return (options, accounts);
        }
    }

    private static double Tolerance(double figure) => 1e-9 * Math.Max(1, Math.Abs(figure));

    [Test]
    public void Their_figures_add_up_and_revenue_stays_under_the_cap()
    {
        var capped = 0;
        var uncapped = 0;
        var i = 0;
        using (Assert.EnterMultipleScope())
        {
            foreach (var (options, accounts) in RandomRequests())
            {
                var formula = new ScoreFormula(Options.Create(options));
                var score = formula.Score(accounts, Now);
                var request = $"request {i++}";

                Assert.That(score.Revenue, Is.LessThanOrEqualTo((options.RevenueCapShare * score.Score) + Tolerance(score.Score)), $"{request}: revenue under the cap");
                Assert.That(score.Revenue, Is.LessThanOrEqualTo(score.RevenueRaw), $"{request}: the cap only lowers");
                Assert.That(score.Score, Is.EqualTo(score.Need + score.Revenue).Within(Tolerance(score.Score)), $"{request}: score = need + revenue");
                Assert.That(score.Accounts.Sum(a => a.Contribution), Is.EqualTo(score.Score).Within(Tolerance(score.Score)), $"{request}: contributions add up to the score");
                Assert.That(score.Base + score.Importance + score.Goal + score.Severity + score.VoiceGapUplift,
                    Is.EqualTo(score.Need).Within(Tolerance(score.Need)), $"{request}: terms add up to the need");
                Assert.That(formula.ScoreAt(score.RankingKey, Now), Is.EqualTo(score.Score).Within(Tolerance(score.Score)), $"{request}: the key gives the score");
                Assert.That(score.Reach, Is.EqualTo(accounts.Select(a => a.AccountId).Distinct().Count()), $"{request}: reach");
                Assert.That(score.Accounts.Select(a => a.VoiceWeight), Is.All.InRange(1, options.VoiceGapMaxWeight), $"{request}: voice weights");
                capped += score.RevenueCapped ? 1 : 0;
                uncapped += score.RevenueCapped || score.RevenueRaw == 0 ? 0 : 1;
            }
        }

        Assert.That(capped, Is.GreaterThan(Requests / 10), "requests whose revenue the cap lowered");
        Assert.That(uncapped, Is.GreaterThan(Requests / 10), "requests whose revenue stayed under the cap");
    }
}
