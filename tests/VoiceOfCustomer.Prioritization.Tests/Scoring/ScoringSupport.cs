using Microsoft.Extensions.Options;
using NUnit.Framework.Constraints;
using VoiceOfCustomer.Prioritization.Features.Scoring;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

/// <summary>What the scoring specs share: a fixed now, formulas with chosen options, accounts with neutral defaults.</summary>
internal static class ScoringSupport
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static ScoreFormula Formula(Action<FormulaOptions>? configure = null)
    {
        var options = new FormulaOptions();
        configure?.Invoke(options);
        return new ScoreFormula(Options.Create(options));
    }

    /// <summary>An account whose need is the base weight alone (no importance, goal or severity), with no revenue, as of <see cref="Now"/>.</summary>
    public static AccountAssessment Account(
        string id, int importance = 0, int goal = 0, double? severity = 0, DateTimeOffset? latestAt = null, decimal arr = 0, double? voiceGapRatio = null) =>
        new(id, importance, goal, severity, latestAt ?? Now, arr, voiceGapRatio);

    /// <summary>Equal to within a relative 1e-9.</summary>
    public static IResolveConstraint Close(double expected) => Is.EqualTo(expected).Within(1e-7).Percent;
}
