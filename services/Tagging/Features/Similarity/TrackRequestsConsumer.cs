using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Tagging.Features.Similarity;

/// <summary>
/// Keeps each request's document current from triage: a forward or merge puts the item in the decision's request, a
/// suppression takes it out, a deprioritization leaves it where it is. Only a decision newer than the one recorded
/// counts, so redelivered or late messages change nothing. A request merged away is followed to the one it went into.
/// The requests changed go into <see cref="RequestChangeLog"/> for the other Tagging instances.
/// </summary>
public sealed class TrackRequestsConsumer(Database database, SimilarRequestDocuments documents, TimeProvider clock) : IConsumer<Batch<FeedbackTriaged>>
{
    private const string Current = "SELECT request_id AS RequestId, decided_at AS DecidedAt FROM tagging_request_members WHERE feedback_id = @FeedbackId";

    private const string Insert = """
        INSERT INTO tagging_request_members (feedback_id, request_id, decided_at) VALUES (@FeedbackId, @RequestId, @DecidedAt)
        """;

    private const string Update = """
        UPDATE tagging_request_members SET request_id = @RequestId, decided_at = @DecidedAt WHERE feedback_id = @FeedbackId AND decided_at < @DecidedAt
        """;

    public async Task Consume(ConsumeContext<Batch<FeedbackTriaged>> context)
    {
        var touched = new HashSet<Guid>();
        await using (var work = await database.BeginAsync(context.CancellationToken))
        {
            foreach (var decision in context.Message.Select(m => m.Message).OrderBy(m => m.DecidedAt))
            {
                var current = await work.QuerySingleOrDefaultAsync<Membership>(Current, new { decision.FeedbackId }, context.CancellationToken);
                if (current is not null && current.DecidedAt >= decision.DecidedAt)
                {
                    continue;
                }

                var requestId = decision.Action switch
                {
                    TriageAction.Forward or TriageAction.Merge => decision.RequestId,
                    TriageAction.Deprioritize => current?.RequestId ?? decision.RequestId,
                    _ => null,
                };
                if (requestId is { } joined)
                {
                    requestId = await RequestMerges.CurrentAsync(work, joined, context.CancellationToken);
                }

                var row = new { decision.FeedbackId, RequestId = requestId, decision.DecidedAt };
                await work.ExecuteAsync(current is null ? Insert : Update, row, context.CancellationToken);
                Touch(touched, current?.RequestId, requestId);
            }

            await RequestChangeLog.AppendAsync(work, touched, clock.GetUtcNow(), context.CancellationToken);
            await work.CommitAsync(context.CancellationToken);
        }

        if (touched.Count > 0)
        {
            await documents.ApplyOwnChangesAsync(context.CancellationToken);
        }
    }

    private static void Touch(HashSet<Guid> touched, Guid? before, Guid? after)
    {
        if (before != after)
        {
            if (before is { } left)
            {
                touched.Add(left);
            }

            if (after is { } joined)
            {
                touched.Add(joined);
            }
        }
    }

    private sealed record Membership
    {
        public Guid? RequestId { get; init; }

        public DateTimeOffset DecidedAt { get; init; }
    }
}
