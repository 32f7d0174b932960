using System.Security.Claims;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Portal.Features.ApiKeys;

/// <summary>/api/api-keys: admins issue keys to users (the key is in the answer, once) and revoke them.</summary>
public static class ApiKeyEndpoints
{
    public sealed record Issued(Guid KeyId, string Key, string UserName, string Role, string Name, DateTimeOffset CreatedAt);

    public static async Task<IResult> ListAsync(ApiKeys keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(cancellationToken));

    public static async Task<IResult> IssueAsync(NewApiKey input, ClaimsPrincipal caller, ApiKeys keys, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var (issued, status) = await keys.IssueAsync(input, caller.UserName(), errors, cancellationToken);
        if (issued is null)
        {
            return errors.ToProblem(status);
        }

        var row = issued.Row;
        return TypedResults.Created($"/api/api-keys/{row.KeyId}", new Issued(row.KeyId, issued.Key, row.UserName, row.Role, row.Name, row.CreatedAt));
    }

    public static async Task<IResult> RevokeAsync(Guid keyId, ClaimsPrincipal caller, ApiKeys keys, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(keyId, caller.UserName(), cancellationToken) is { } revoked
            ? TypedResults.Ok(revoked)
            : TypedResults.Problem(title: "No such API key.", detail: $"No API key has id {keyId}.", statusCode: StatusCodes.Status404NotFound);
}
