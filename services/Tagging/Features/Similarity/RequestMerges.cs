using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Tagging.Features.Similarity;

/// <summary>Where a request's items belong now: the request itself, or the open request at the end of its merges.</summary>
public static class RequestMerges
{
    private const string Into = "SELECT into_id FROM tagging_request_merges WHERE request_id = @RequestId";

    /// <summary>Longer chains than this mean a cycle in the recorded merges, which Prioritization never makes.</summary>
    private const int MaxChain = 100;

    public static async Task<Guid> CurrentAsync(UnitOfWork work, Guid requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var current = requestId;
        for (var step = 0; step < MaxChain; step++)
        {
            if (await work.QuerySingleOrDefaultAsync<Guid?>(Into, new { RequestId = current }, cancellationToken) is not { } next)
            {
                return current;
            }

            current = next;
        }

        throw new InvalidOperationException($"Request {requestId} is merged through more than {MaxChain} requests: the recorded merges have a cycle.");
    }
}
