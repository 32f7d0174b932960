using System.Globalization;
using System.Runtime.CompilerServices;
using VoiceOfCustomer.Prioritization.Features.Scoring;
using static VoiceOfCustomer.Prioritization.Tests.Scoring.ScoringSupport;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

/// <summary>The worked example of docs/prioritization.md: its numbers, computed by hand here, and its tables, as the code prints them.</summary>
public sealed class When_the_documented_example_is_scored
{
    private static readonly DateTimeOffset ExampleNow = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly AccountAssessment[] ExportToExcel =
    [
        new("ACME-1", 2, 3, 0.7, new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), 120_000m, null),
        new("BODEGA-7", 1, 2, null, new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), 18_000m, 0.6),
        new("GLOBEX-3", 1, 1, 0.2, new(2025, 9, 2, 0, 0, 0, TimeSpan.Zero), 2_400_000m, null),
    ];

    private static readonly AccountAssessment[] SingleSignOn =
    [
        new("GLOBEX-3", 1, 1, 0.2, new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), 2_400_000m, null),
        new("INITECH-2", 1, 1, 0.2, new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), 3_100_000m, null),
    ];

    [Test]
    public void It_gives_the_numbers_computed_by_hand()
    {
        var score = Formula().Score(ExportToExcel, ExampleNow);

        var acme = 1 + (2.0 / 3) + 1 + (0.5 * 0.7);                      // recency 1, no gap
        var bodega = (1 / 0.6) * (1 + (1.0 / 3) + (2.0 / 3) + 0.25) * 0.5; // one half-life old, voice gap ratio 0.6
        var globex = (1 + (1.0 / 3) + (1.0 / 3) + (0.5 * 0.2)) * 0.25;     // two half-lives old
        var revenue = (Math.Log10(120_001) + (Math.Log10(18_001) * 0.5) + (Math.Log10(2_400_001) * 0.25)) / 6;
        Assert.That(score.Need, Close(acme + bodega + globex));
        Assert.That(score.Need, Close(16.0 / 3));
        Assert.That(score.VoiceGapUplift, Close(((1 / 0.6) - 1) * 2.25 * 0.5));
        Assert.That(score.RevenueRaw, Close(revenue));
        Assert.That(score.RevenueCapped, Is.False);
        Assert.That(score.Score, Close((16.0 / 3) + revenue));
        Assert.That(score.RankingKey, Close(score.Score * Math.Pow(2, 424.0 / 90)), "2026-03-01 is 424 days after the epoch");
        Assert.That(score.RevenueOnlyKey, Is.EqualTo(2_538_000m));
    }

    [Test]
    public void The_single_sign_on_request_hits_the_cap_and_ranks_below_though_its_revenue_is_larger()
    {
        var formula = Formula();
        var export = formula.Score(ExportToExcel, ExampleNow);
        var sso = formula.Score(SingleSignOn, ExampleNow);

        Assert.That(sso.RevenueCapped, Is.True);
        Assert.That(sso.Revenue, Close(2 * (1 + (1.0 / 3) + (1.0 / 3) + 0.1) / 3));
        Assert.That(sso.Score, Is.LessThan(export.Score));
        Assert.That(sso.RevenueOnlyKey, Is.GreaterThan(export.RevenueOnlyKey));
    }

    [Test]
    public void The_documentation_shows_the_numbers_the_code_computes()
    {
        var doc = File.ReadAllText(Documentation());
        var prose = string.Join(' ', doc.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var formula = Formula();
        var export = formula.Score(ExportToExcel, ExampleNow);
        var sso = formula.Score(SingleSignOn, ExampleNow);
        var revenue = export.Accounts.Select(a => a.RevenueShare).ToList(); // uncapped: each account's revenue term as is
        var full = export.Accounts.Select(a => a.RevenueShare / a.RecencyFactor).ToList();

        using (Assert.EnterMultipleScope())
        {
            foreach (var row in AccountRows(export).Append(TermsRow(export)).Append(RequestRow(export, "Export to Excel")).Append(RequestRow(sso, "Single sign-on")))
            {
                Assert.That(doc, Does.Contain(row), "docs/prioritization.md lacks a table row (or shows other numbers)");
            }

            string[] sentences =
            [
                $"{F(revenue[0])}, {F(full[1])} × 0.5 = {F(revenue[1])} and {F(full[2])} × 0.25 = {F(revenue[2])}.",
                $"The revenue, {F(export.Revenue)}, is below its cap ({F(export.Need)} × 0.25 / 0.75 = {F(export.Need / 3)}), so the score is " +
                    $"{F(export.Need)} + {F(export.Revenue)} = {F(export.Score)}.",
                $"{F(export.Score)} × 2^(424/90) = {F(export.RankingKey)}; on 2026-05-30, one half-life later, `ScoreAt` gives " +
                    $"{F(formula.ScoreAt(export.RankingKey, ExampleNow.AddDays(90)))}.",
                $"Their revenue ({F(sso.RevenueRaw)}) is above the cap of a quarter of the score, so it is cut to {F(sso.Need)} / 3 = {F(sso.Revenue)}:",
            ];
            foreach (var sentence in sentences)
            {
                Assert.That(prose, Does.Contain(sentence), "docs/prioritization.md lacks a sentence (or shows other numbers)");
            }
        }
    }

    /// <summary>The rows of the per-account table of the example, as the doc shows them.</summary>
    private static IEnumerable<string> AccountRows(ScoreBreakdown score) =>
        score.Accounts.Select(a => Row(
            a.AccountId,
            F(a.Need / a.VoiceWeight / a.RecencyFactor),
            F(a.VoiceWeight),
            F(a.RecencyFactor),
            F(a.Need),
            F(a.RevenueShare),
            F(a.Contribution)));

    /// <summary>The row of the need's terms.</summary>
    private static string TermsRow(ScoreBreakdown score) =>
        Row(F(score.Base), F(score.Importance), F(score.Goal), F(score.Severity), F(score.VoiceGapUplift), F(score.Need));

    /// <summary>The row of a request in the comparison table.</summary>
    private static string RequestRow(ScoreBreakdown score, string request) =>
        Row(request, score.Reach.ToString(CultureInfo.InvariantCulture), F(score.Need), F(score.RevenueRaw), F(score.Revenue),
            score.RevenueCapped ? "yes" : "no", F(score.Score), F(score.RankingKey), score.RevenueOnlyKey.ToString("N0", CultureInfo.InvariantCulture));

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Row(params string[] cells) => $"| {string.Join(" | ", cells)} |";

    /// <summary>docs/prioritization.md, found from this source file (the tests may be built anywhere).</summary>
    private static string Documentation([CallerFilePath] string source = "")
    {
        var folder = Path.GetDirectoryName(source);
        while (folder is not null && !File.Exists(Path.Combine(folder, "VoiceOfCustomer.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        Assert.That(folder, Is.Not.Null, $"the repository was not found above {source}");
        return Path.Combine(folder!, "docs", "prioritization.md");
    }
}
