using System.Globalization;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Prioritization.Features.Scoring;

/// <summary>
/// Announces a formula change (FormulaChanged, through Prioritization's outbox) when the background rescore finds
/// requests scored by other versions. The message id comes from the versions and the weights, so finding the same
/// change again (a restart mid-rescore, another copy of the service) is the same message and the audit log records it once.
/// </summary>
public static class FormulaRescoreAnnouncement
{
    private const string PreviousVersions =
        "SELECT DISTINCT formula_version FROM prioritization_requests WHERE merged_into IS NULL AND formula_version <> @Version ORDER BY formula_version";

    public static async Task AnnounceAsync(Database database, Outbox outbox, FormulaOptions formula, int requestsToRescore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(formula);
        await using (var work = await database.BeginAsync(cancellationToken))
        {
            var previous = (await work.QueryAsync<int>(PreviousVersions, new { formula.Version }, cancellationToken)).ToList();
            var settings = Settings(formula);
            var changeId = MessageIds.For(Guid.Empty,
                $"FormulaChanged:{string.Join(',', previous)}>{formula.Version}:{string.Join(';', settings.Select(setting => $"{setting.Key}={setting.Value}"))}");
            var message = new FormulaChanged(changeId, changeId, now, previous, formula.Version, requestsToRescore, settings);
            await outbox.AddAsync(work, changeId, changeId, message, cancellationToken);
            await work.CommitAsync(cancellationToken);
        }

        outbox.Notify();
    }

    /// <summary>The weights of the version as invariant text, by name.</summary>
    public static SortedDictionary<string, string> Settings(FormulaOptions formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [nameof(formula.BaseWeight)] = Text(formula.BaseWeight),
            [nameof(formula.ImportanceWeight)] = Text(formula.ImportanceWeight),
            [nameof(formula.GoalWeight)] = Text(formula.GoalWeight),
            [nameof(formula.SeverityWeight)] = Text(formula.SeverityWeight),
            [nameof(formula.RecencyHalfLifeDays)] = Text(formula.RecencyHalfLifeDays),
            [nameof(formula.RevenueEnabled)] = formula.RevenueEnabled ? "true" : "false",
            [nameof(formula.RevenueWeight)] = Text(formula.RevenueWeight),
            [nameof(formula.RevenueCapShare)] = Text(formula.RevenueCapShare),
            [nameof(formula.VoiceGapMaxWeight)] = Text(formula.VoiceGapMaxWeight),
        };
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
