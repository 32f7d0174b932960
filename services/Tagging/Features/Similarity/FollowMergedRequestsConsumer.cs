using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Tagging.Features.Similarity;

/// <summary>
/// Follows a PM's merge of two requests: the merged request's items now belong to the request it went into, so its
/// document joins that one and the closed request is never suggested again. The merge is kept
/// (tagging_request_merges), so a decision about the closed request that arrives later lands in the open one.
/// </summary>
public sealed class FollowMergedRequestsConsumer(Database database, SimilarRequestDocuments documents, TimeProvider clock) : IConsumer<RequestMerged>
{
    private const string Remember = """
        INSERT INTO tagging_request_merges (request_id, into_id, merged_at) SELECT @RequestId, @Into, @MergedAt
        WHERE NOT EXISTS (SELECT 1 FROM tagging_request_merges WHERE request_id = @RequestId)
        """;

    private const string MoveMembers = "UPDATE tagging_request_members SET request_id = @Into WHERE request_id = @RequestId";

    public async Task Consume(ConsumeContext<RequestMerged> context)
    {
        var merged = context.Message;
        await using (var work = await database.BeginAsync(context.CancellationToken))
        {
            if (await work.ExecuteAsync(Remember, new { merged.RequestId, merged.Into, merged.MergedAt }, context.CancellationToken) == 0)
            {
                return; // delivered before
            }

            // The request merged into may itself have been merged on since (messages can arrive out of order).
            var into = await RequestMerges.CurrentAsync(work, merged.Into, context.CancellationToken);
            await work.ExecuteAsync(MoveMembers, new { merged.RequestId, Into = into }, context.CancellationToken);
            await RequestChangeLog.AppendAsync(work, [merged.RequestId, into], clock.GetUtcNow(), context.CancellationToken);
            await work.CommitAsync(context.CancellationToken);
        }

        await documents.ApplyOwnChangesAsync(context.CancellationToken);
    }
}
