using System.Globalization;
using System.Security.Claims;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>The claims of a signed-in user or API key, and the principal built from them.</summary>
public static class AccessClaims
{
    public const string AccessVersion = "voc:access_version";
    public const string ApiKeyId = "voc:api_key_id";

    public static ClaimsPrincipal Principal(Guid userId, string userName, string role, int accessVersion, string scheme, Guid? apiKeyId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId.ToString()),
            new(ClaimTypes.Name, userName),
            new(ClaimTypes.Role, role),
            new(AccessVersion, accessVersion.ToString(CultureInfo.InvariantCulture)),
        };
        if (apiKeyId is { } keyId)
        {
            claims.Add(new Claim(ApiKeyId, keyId.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static string UserName(this ClaimsPrincipal principal) => principal.FindFirstValue(ClaimTypes.Name) ?? "";

    public static string Role(this ClaimsPrincipal principal) => principal.FindFirstValue(ClaimTypes.Role) ?? "";

    public static int Version(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(AccessVersion), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;

    public static Guid? KeyId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ApiKeyId), out var id) ? id : null;
}
