using System.Globalization;
using Dapper;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Triage;

namespace VoiceOfCustomer.AllInOne.Demo;

/// <summary>
/// The demo's triage: each CSM decides about most of their items (the newest sixth stays in their inbox). Items join
/// the request of their topic; a few are deprioritized or suppressed, and csm.bob suppresses non-English customers'
/// items far more often: the skew the reviewer exists to catch. Decisions go through the same code as the API.
/// </summary>
internal sealed class DemoTriage(Database database, TriageDecisions decisions, ILogger<DemoTriage> logger)
{
    private const string Queued = "SELECT COUNT(*) FROM prioritization_inbox";
    private const double Undecided = 1.0 / 6;

    private static readonly SuppressionReason[] Reasons = [SuppressionReason.NotActionable, SuppressionReason.OutOfScope, SuppressionReason.Spam];

    public async Task DecideAsync(IReadOnlyList<DemoItem> items, CancellationToken cancellationToken)
    {
        await WaitUntilQueuedAsync(items.Count, cancellationToken);
        var random = new Random(2027);
        var requests = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var decided = 0;
        foreach (var item in items.OrderBy(i => i.OccurredAt).Take((int)(items.Count * (1 - Undecided))))
        {
            var decider = AccessClaims.Principal(Guid.Empty, item.CsmId, Roles.Csm, accessVersion: 0, "demo");
            var skewed = item.CsmId == DemoData.SkewedCsm && !item.English;
            var roll = random.NextDouble();
            DecisionInput input = roll < (skewed ? 0.45 : 0.06)
                ? new(TriageAction.Suppress, null, null, null, Reasons[random.Next(Reasons.Length)], null)
                : roll < (skewed ? 0.55 : 0.14) && item.Importance > 0
                    ? new(TriageAction.Deprioritize, null, null, item.Importance - 1, null, null)
                    : requests.TryGetValue(item.Topic, out var requestId)
                        ? new(TriageAction.Merge, requestId, null, null, null, null)
                        : new(TriageAction.Forward, null, Title(item.Topic), null, null, null);
            var outcome = await decisions.DecideAsync(item.FeedbackId, input, decider, cancellationToken);
            if (outcome.Decision is { RequestId: { } joined } && input.Action == TriageAction.Forward)
            {
                requests[item.Topic] = joined;
            }

            decided += outcome.Decision is null ? 0 : 1;
        }

        logger.LogInformation("Demo: {Decided} triage decisions recorded into {Requests} requests; the newest items wait in the CSMs' inboxes", decided, requests.Count);
    }

    private static string Title(string topic)
    {
        var english = DemoLanguages.All.First(l => l.Code == "en").Topics[topic];
        return char.ToUpper(english[0], CultureInfo.InvariantCulture) + english[1..];
    }

    private async Task WaitUntilQueuedAsync(int count, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(Queued, cancellationToken: cancellationToken)) >= count)
                {
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        throw new TimeoutException($"Demo: the {count} items did not all reach triage within 5 minutes.");
    }
}

/// <summary>A demo item with what its triage depends on.</summary>
internal sealed record DemoItem(Guid FeedbackId, string Topic, string CsmId, bool English, int Importance, DateTimeOffset OccurredAt);
