using System.Net;
using System.Text.Json;

namespace VoiceOfCustomer.Ingestion.Tests.Support;

/// <summary>An application/problem+json answer.</summary>
public sealed class Problem
{
    private Problem(HttpStatusCode status, string? mediaType, JsonElement body)
    {
        Status = status;
        MediaType = mediaType;
        Body = body;
    }

    public HttpStatusCode Status { get; }

    public string? MediaType { get; }

    public JsonElement Body { get; }

    /// <summary>The fields named in "errors" (validation problems).</summary>
    public IReadOnlyList<string> Fields =>
        Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];

    /// <summary>The field named by a problem that is not a validation problem (e.g. an idempotency conflict).</summary>
    public string? Field => Body.TryGetProperty("field", out var named) ? named.GetString() : null;

    public string Text(string property) => Body.TryGetProperty(property, out var value) ? value.ToString() : "";

    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return new Problem(response.StatusCode, response.Content.Headers.ContentType?.MediaType, document.RootElement.Clone());
    }

    public override string ToString() => $"{(int)Status} {MediaType} {Body}";
}
