using System.Text.Json;

namespace VoiceOfCustomer.Client;

/// <summary>The API speaks camelCase JSON (ASP.NET Core's web defaults).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
