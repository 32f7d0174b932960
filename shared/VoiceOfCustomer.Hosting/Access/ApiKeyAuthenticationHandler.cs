using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>Authenticates "Authorization: Bearer voc_..." or "X-Api-Key: voc_..." against the key ring and the access replica.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyFormat format, AccessReplica replica)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Whether the request carries an API key (in either header), which then decides the scheme.</summary>
    public static bool Carries(Microsoft.AspNetCore.Http.HttpRequest request) => Key(request) is not null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Key(Request) is not { } key)
        {
            return AuthenticateResult.NoResult();
        }

        if (format.Read(key) is not { } payload)
        {
            return AuthenticateResult.Fail("The API key is not valid for this installation.");
        }

        if (!await replica.StillHoldsAsync(payload.UserId, payload.AccessVersion, payload.KeyId, Context.RequestAborted))
        {
            return AuthenticateResult.Fail("The API key was revoked, or its user was deactivated or changed role.");
        }

        var principal = AccessClaims.Principal(payload.UserId, payload.UserName, payload.Role, payload.AccessVersion, SchemeName, payload.KeyId);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private static string? Key(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } header)
        {
            return header.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
