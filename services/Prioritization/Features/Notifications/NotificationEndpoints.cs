using System.Security.Claims;
using Dapper;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Prioritization.Features.Notifications;

/// <summary>/api/notifications: a CSM hears when a request their customers asked for changes status, and marks it read.</summary>
public static class NotificationEndpoints
{
    public const int Shown = 100;

    private const string Mine = """
        SELECT notification_id AS NotificationId, request_id AS RequestId, message AS Message, created_at AS CreatedAt, read_at AS ReadAt
        FROM prioritization_notifications WHERE csm_id = @CsmId ORDER BY created_at DESC, notification_id DESC
        """;

    private const string Read = """
        UPDATE prioritization_notifications SET read_at = @Now WHERE notification_id = @NotificationId AND csm_id = @CsmId AND read_at IS NULL
        """;

    private const string Exists = "SELECT COUNT(*) FROM prioritization_notifications WHERE notification_id = @NotificationId AND csm_id = @CsmId";

    public sealed record Notification
    {
        public Guid NotificationId { get; init; }

        public Guid RequestId { get; init; }

        public string Message { get; init; } = "";

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset? ReadAt { get; init; }
    }

    public static async Task<IResult> ListAsync(ClaimsPrincipal user, Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var notifications = await connection.QueryAsync<Notification>(new CommandDefinition(Mine, new { CsmId = user.UserName() }, cancellationToken: cancellationToken));
        return TypedResults.Ok(notifications.Take(Shown));
    }

    public static async Task<IResult> MarkReadAsync(Guid notificationId, ClaimsPrincipal user, Database database, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await work.QuerySingleOrDefaultAsync<long>(Exists, new { NotificationId = notificationId, CsmId = user.UserName() }, cancellationToken) == 0)
        {
            return TypedResults.Problem(title: "No such notification.", detail: $"You have no notification {notificationId}.", statusCode: StatusCodes.Status404NotFound);
        }

        await work.ExecuteAsync(Read, new { NotificationId = notificationId, CsmId = user.UserName(), Now = clock.GetUtcNow() }, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
