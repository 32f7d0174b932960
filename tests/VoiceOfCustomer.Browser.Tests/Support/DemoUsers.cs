using System.Text.Json;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>Reads the demo users file (Demo:UsersFile), waiting for the host to write it.</summary>
public static class DemoUsers
{
    private static readonly TimeSpan WrittenWithin = TimeSpan.FromSeconds(60);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<IReadOnlyList<DemoUser>> ReadAsync(string file) =>
        Eventually.Until(() => TryReadAsync(file), users => users.Count > 0, WrittenWithin, $"the host to write the demo users file {file}");

    private static async Task<IReadOnlyList<DemoUser>> TryReadAsync(string file)
    {
        try
        {
            await using var stream = File.OpenRead(file);
            return await JsonSerializer.DeserializeAsync<List<DemoUser>>(stream, Json) ?? [];
        }
        catch (Exception e) when (e is FileNotFoundException or IOException or JsonException)
        {
            // Not there yet, or still being written.
            return [];
        }
    }
}
