using System.Text.Json;
using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Segments;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>
/// Records every triage decision in review_decisions with the item's segments as they are when it arrives (from
/// Review's copy of the accounts), and asks the reports to refresh. A redelivered decision is recorded once.
/// </summary>
public sealed class RecordDecisionsConsumer(Database database, ReportsRefresh refresh, TimeProvider clock) : IConsumer<FeedbackTriaged>
{
    private const string Account = $"{AccountRow.Select} WHERE account_id = @AccountId";

    private const string Insert = """
        INSERT INTO review_decisions (decision_id, feedback_id, decided_at, decided_by, csm_id, action, account_id, segments, recorded_at)
        SELECT @DecisionId, @FeedbackId, @DecidedAt, @DecidedBy, @CsmId, @Action, @AccountId, @Segments, @RecordedAt
        WHERE NOT EXISTS (SELECT 1 FROM review_decisions WHERE decision_id = @DecisionId)
        """;

    public async Task Consume(ConsumeContext<FeedbackTriaged> context)
    {
        var m = context.Message;
        await using var work = await database.BeginAsync(context.CancellationToken);
        var account = await work.QuerySingleOrDefaultAsync<AccountRow>(Account, new { m.Feedback.AccountId }, context.CancellationToken);
        var segments = account is null ? [] : SegmentAttributes.Of(account);
        await work.ExecuteAsync(Insert, new
        {
            m.DecisionId, m.FeedbackId, m.DecidedAt,
            DecidedBy = string.IsNullOrWhiteSpace(m.DecidedBy) ? m.Feedback.CsmId : m.DecidedBy,
            m.Feedback.CsmId, Action = (int)m.Action, m.Feedback.AccountId,
            Segments = JsonSerializer.Serialize(segments), RecordedAt = clock.GetUtcNow(),
        }, context.CancellationToken);
        await work.CommitAsync(context.CancellationToken);
        refresh.Request();
    }
}
