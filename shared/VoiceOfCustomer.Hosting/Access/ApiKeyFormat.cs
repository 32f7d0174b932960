using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>
/// API keys are "voc_" and a payload (key, user, role, access version) protected by the installation's key
/// ring: any service can check one without a lookup, and a key cannot be forged without the key ring.
/// Revocations and access changes reach every service as events (<see cref="AccessReplica"/>).
/// </summary>
public sealed class ApiKeyFormat(IDataProtectionProvider protection)
{
    public const string Prefix = "voc_";

    private readonly IDataProtector _protector = protection.CreateProtector("VoiceOfCustomer.Access.ApiKey.v1");

    public string Issue(ApiKeyPayload payload) => Prefix + _protector.Protect(JsonSerializer.Serialize(payload));

    public ApiKeyPayload? Read(string key)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ApiKeyPayload>(_protector.Unprotect(key[Prefix.Length..]));
        }
        catch (Exception error) when (error is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>What is stored of a key: its SHA-256, never the key.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
}

/// <summary>What an API key says about its holder.</summary>
public sealed record ApiKeyPayload(Guid KeyId, Guid UserId, string UserName, string Role, int AccessVersion);
