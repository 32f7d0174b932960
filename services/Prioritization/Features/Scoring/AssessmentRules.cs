using System.Globalization;

namespace VoiceOfCustomer.Prioritization.Features.Scoring;

/// <summary>What an assessment and a date must satisfy to be scored: a bad value is a caller's bug, refused naming the account and field.</summary>
internal static class AssessmentRules
{
    public static void Validate(AccountAssessment? a, string paramName)
    {
        if (a is null)
        {
            throw new ArgumentException("An account assessment is null.", paramName);
        }

        if (string.IsNullOrWhiteSpace(a.AccountId))
        {
            throw new ArgumentException("An account assessment has no AccountId.", paramName);
        }

        if (a.Importance is < 0 or > 3)
        {
            throw OutOfRange(a, paramName, nameof(a.Importance), a.Importance, "must be 0 to 3");
        }

        if (a.GoalProximity is < 0 or > 3)
        {
            throw OutOfRange(a, paramName, nameof(a.GoalProximity), a.GoalProximity, "must be 0 (unrelated) to 3 (blocks a goal)");
        }

        if (a.Severity is { } severity && !(severity >= 0 && severity <= 1))
        {
            throw OutOfRange(a, paramName, nameof(a.Severity), severity, "must be between 0 and 1, or null when unknown");
        }

        if (a.Arr is < 0 or > ScoreFormula.MaxArr)
        {
            throw OutOfRange(a, paramName, nameof(a.Arr), a.Arr, "must be between 0 and 10^15");
        }

        if (a.VoiceGapRatio is { } ratio && !(ratio >= 0 && double.IsFinite(ratio)))
        {
            throw OutOfRange(a, paramName, nameof(a.VoiceGapRatio), ratio, "must be a finite number, 0 or more, or null when the account's segments have no voice gap");
        }

        CheckDate(a.LatestAt, paramName, string.Create(CultureInfo.InvariantCulture, $"Account '{a.AccountId}': {nameof(a.LatestAt)}"));
    }

    public static void CheckDate(DateTimeOffset date, string paramName, string what)
    {
        if (date < ScoreFormula.EarliestDate || date > ScoreFormula.LatestDate)
        {
            throw new ArgumentOutOfRangeException(paramName, date, string.Create(CultureInfo.InvariantCulture,
                $"{what} must be between {ScoreFormula.EarliestDate:yyyy-MM-dd} and {ScoreFormula.LatestDate:yyyy-MM-dd} (UTC)."));
        }
    }

    private static ArgumentOutOfRangeException OutOfRange(AccountAssessment a, string paramName, string field, object value, string rule) =>
        new(paramName, value, string.Create(CultureInfo.InvariantCulture, $"Account '{a.AccountId}': {field} {rule}."));
}
