using System.Runtime.CompilerServices;
using System.Text.Json;
using VoiceOfCustomer.Cli.Tests.Support;

namespace VoiceOfCustomer.Cli.Tests.Tag;

/// <summary>Runs `voc tag` with an API that cannot be reached (tagging must never need it) and reads the JSON Lines it wrote.</summary>
internal static class TagRun
{
    public static async Task<CliRun> Voc(params string[] args)
    {
        using var api = FakeApiHandler.Unreachable();
        var run = await CliRun.Voc(api, ["tag", .. args]);
        Assert.That(api.Requests, Is.Empty, "voc tag must work offline");
        return run;
    }

    public static List<JsonElement> Lines(string jsonLines) =>
        [.. jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    /// <summary>A file of tests/datasets, found from this source file so the tests run from any artifacts folder.</summary>
    public static string Dataset(string relativePath, [CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "datasets", relativePath));
}
