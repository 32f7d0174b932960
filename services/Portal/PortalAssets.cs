using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace VoiceOfCustomer.Portal;

/// <summary>
/// The portal's stylesheet and script, embedded in the assembly and served at /assets/{name} to anyone (the
/// sign-in page needs them). Embedded rather than wwwroot so the all-in-one host serves them the same way.
/// </summary>
internal static class PortalAssets
{
    private static readonly FrozenDictionary<string, Asset> All = Load();

    public static void Map(WebApplication app) =>
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!All.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: new EntityTagHeaderValue(asset.ETag));
        }).AllowAnonymous().ExcludeFromDescription();

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(PortalAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith("assets/", StringComparison.Ordinal))
            .ToFrozenDictionary(resource => resource["assets/".Length..], resource =>
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var content = copy.ToArray();
                var type = resource.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
                return new Asset(content, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
            }, StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
