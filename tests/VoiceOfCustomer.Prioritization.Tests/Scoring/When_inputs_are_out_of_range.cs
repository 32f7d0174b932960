using System.ComponentModel.DataAnnotations;
using VoiceOfCustomer.Prioritization.Features.Scoring;
using static VoiceOfCustomer.Prioritization.Tests.Scoring.ScoringSupport;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

public sealed class When_inputs_are_out_of_range
{
    private static IEnumerable<TestCaseData> BadAssessments()
    {
        var good = Account("acct-7", importance: 1, goal: 1, severity: 0.5, arr: 1_000, voiceGapRatio: 0.5);
        yield return Case(good with { Importance = -1 }, "Importance");
        yield return Case(good with { Importance = 4 }, "Importance");
        yield return Case(good with { GoalProximity = -1 }, "GoalProximity");
        yield return Case(good with { GoalProximity = 4 }, "GoalProximity");
        yield return Case(good with { Severity = -0.01 }, "Severity");
        yield return Case(good with { Severity = 1.01 }, "Severity");
        yield return Case(good with { Severity = double.NaN }, "Severity");
        yield return Case(good with { Arr = -1m }, "Arr");
        yield return Case(good with { Arr = ScoreFormula.MaxArr + 1 }, "Arr");
        yield return Case(good with { VoiceGapRatio = -0.5 }, "VoiceGapRatio");
        yield return Case(good with { VoiceGapRatio = double.NaN }, "VoiceGapRatio");
        yield return Case(good with { VoiceGapRatio = double.PositiveInfinity }, "VoiceGapRatio");
        yield return Case(good with { LatestAt = ScoreFormula.EarliestDate.AddTicks(-1) }, "LatestAt");
        yield return Case(good with { LatestAt = ScoreFormula.LatestDate.AddTicks(1) }, "LatestAt");

        static TestCaseData Case(AccountAssessment bad, string field) => new TestCaseData(bad, field).SetArgDisplayNames($"{field} {bad}");
    }

    [TestCaseSource(nameof(BadAssessments))]
    public void It_refuses_a_bad_field_naming_the_account_and_the_field(AccountAssessment bad, string field)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Formula().Score([Account("fine"), bad], Now));

        Assert.That(error.ParamName, Is.EqualTo("accounts"));
        Assert.That(error.Message, Does.StartWith($"Account 'acct-7': {field} "));
    }

    [Test]
    public void It_refuses_a_bad_duplicate_even_when_a_later_one_would_replace_it()
    {
        var bad = Account("acct-7", importance: 9, latestAt: Now.AddDays(-5));

        Assert.Throws<ArgumentOutOfRangeException>(() => Formula().Score([bad, Account("acct-7")], Now));
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase(null)]
    public void It_refuses_an_assessment_without_an_account(string? accountId)
    {
        var error = Assert.Throws<ArgumentException>(() => Formula().Score([Account("fine"), Account(accountId!)], Now));

        Assert.That(error.Message, Does.Contain("AccountId"));
    }

    [Test]
    public void It_refuses_a_null_assessment() =>
        Assert.Throws<ArgumentException>(() => Formula().Score([Account("fine"), null!], Now));

    [Test]
    public void It_refuses_no_list_at_all() =>
        Assert.Throws<ArgumentNullException>(() => Formula().Score(null!, Now));

    [Test]
    public void It_refuses_a_now_outside_the_supported_dates()
    {
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => Formula().Score([], ScoreFormula.LatestDate.AddDays(1)))!.ParamName, Is.EqualTo("now"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => Formula().ScoreAt(1, ScoreFormula.EarliestDate.AddDays(-1)))!.ParamName, Is.EqualTo("now"));
    }

    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void It_refuses_a_ranking_key_that_no_score_makes(double key) =>
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => Formula().ScoreAt(key, Now))!.ParamName, Is.EqualTo("rankingKey"));

    private static IEnumerable<TestCaseData> BadOptions()
    {
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.Version = 0), "Version");
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.BaseWeight = 0), "BaseWeight");
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.ImportanceWeight = -1), "ImportanceWeight");
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.GoalWeight = 101), "GoalWeight");
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.SeverityWeight = double.NaN), "SeverityWeight");
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.RecencyHalfLifeDays = 74.9), "RecencyHalfLifeDays");
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.RecencyHalfLifeDays = 0), "RecencyHalfLifeDays");
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.RevenueWeight = -0.1), "RevenueWeight");
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.RevenueCapShare = 1), "RevenueCapShare");
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.RevenueCapShare = -0.1), "RevenueCapShare");
        yield return new TestCaseData((Action<FormulaOptions>)(o => o.VoiceGapMaxWeight = 0.99), "VoiceGapMaxWeight");
    }

    [TestCaseSource(nameof(BadOptions))]
    public void It_refuses_options_out_of_range_naming_the_setting(Action<FormulaOptions> configure, string setting)
    {
        var error = Assert.Throws<ValidationException>(() => Formula(configure));

        Assert.That(error.ValidationResult.MemberNames, Is.EqualTo(new[] { setting }));
    }
}
