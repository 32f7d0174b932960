using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Tagging.Features.Similarity;

/// <summary>
/// tagging_request_changes: every transaction that changes which items a request holds appends the request here, so
/// each Tagging instance (several may share the queues, each seeing only some decisions) brings its in-memory index up
/// to date with what the others recorded. Rows older than <see cref="Kept"/> are pruned by the writers; an instance
/// that fell further behind reloads its whole index.
/// </summary>
public static class RequestChangeLog
{
    public static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    private const string Append = "INSERT INTO tagging_request_changes (request_id, changed_at) VALUES (@RequestId, @ChangedAt)";

    private const string Prune = "DELETE FROM tagging_request_changes WHERE changed_at < @Before";

    public static async Task AppendAsync(UnitOfWork work, IReadOnlyCollection<Guid> requestIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(requestIds);
        if (requestIds.Count == 0)
        {
            return;
        }

        foreach (var requestId in requestIds)
        {
            await work.ExecuteAsync(Append, new { RequestId = requestId, ChangedAt = now }, cancellationToken);
        }

        await work.ExecuteAsync(Prune, new { Before = now - Kept }, cancellationToken);
    }
}
