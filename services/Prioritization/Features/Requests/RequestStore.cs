using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>Requests and the record of every change to them (prioritization_requests, prioritization_request_changes).</summary>
public static class RequestStore
{
    public const string UnderReview = "underReview";

    private const string Insert = """
        INSERT INTO prioritization_requests (request_id, title, status, status_reason, merged_into, created_by, created_at, updated_at,
            ranking_key, revenue_total, reach, formula_version, scored_at)
        VALUES (@RequestId, @Title, @Status, NULL, NULL, @CreatedBy, @CreatedAt, @CreatedAt, 0, 0, 0, 0, @CreatedAt)
        """;

    private const string InsertChange = """
        INSERT INTO prioritization_request_changes (change_id, request_id, changed_by, changed_at, kind, old_value, new_value)
        VALUES (@ChangeId, @RequestId, @ChangedBy, @ChangedAt, @Kind, @OldValue, @NewValue)
        """;

    private const string Open = "SELECT COUNT(*) FROM prioritization_requests WHERE request_id = @RequestId AND merged_into IS NULL";

    public static async Task<Guid> CreateAsync(UnitOfWork work, string title, string createdBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var requestId = Guid.CreateVersion7();
        await work.ExecuteAsync(Insert, new { RequestId = requestId, Title = title, Status = UnderReview, CreatedBy = createdBy, CreatedAt = now }, cancellationToken);
        await RecordAsync(work, requestId, createdBy, now, "created", null, title, cancellationToken);
        return requestId;
    }

    public static async Task<bool> IsOpenAsync(UnitOfWork work, Guid requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return await work.QuerySingleOrDefaultAsync<long>(Open, new { RequestId = requestId }, cancellationToken) > 0;
    }

    public static Task RecordAsync(
        UnitOfWork work, Guid requestId, string changedBy, DateTimeOffset changedAt, string kind, string? oldValue, string? newValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.ExecuteAsync(InsertChange, new
        {
            ChangeId = Guid.CreateVersion7(), RequestId = requestId, ChangedBy = changedBy, ChangedAt = changedAt, Kind = kind, OldValue = oldValue, NewValue = newValue,
        }, cancellationToken);
    }
}
