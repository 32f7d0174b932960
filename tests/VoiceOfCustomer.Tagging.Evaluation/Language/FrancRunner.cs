using System.Diagnostics;
using System.Text.Json;

namespace VoiceOfCustomer.Tagging.Evaluation.Language;

/// <summary>Runs franc-side-by-side.mjs with node (installing the pinned franc first when needed) and reads its answers.</summary>
internal static class FrancRunner
{
    public sealed record FrancResult(IReadOnlyList<string> Predictions, double TextsPerSecond, IReadOnlySet<string> Languages);

    public static async Task<FrancResult> RunAsync(string folder, string textsPath, IEnumerable<string>? only, TextWriter log, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            await log.WriteLineAsync("npm ci (franc)");
            await RunAsync(folder, "npm", ["ci", "--no-audit", "--no-fund"], cancellationToken);
        }

        List<string> arguments = ["franc-side-by-side.mjs", textsPath];
        if (only is not null)
        {
            arguments.Add(string.Join(',', only));
        }

        var output = await RunAsync(folder, "node", arguments, cancellationToken);
        using var json = JsonDocument.Parse(output);
        var predictions = json.RootElement.GetProperty("predictions").EnumerateArray().Select(p => FrancCodes.ToOurs(p.GetString()!)).ToList();
        var languages = json.RootElement.GetProperty("languages").EnumerateArray().Select(p => FrancCodes.ToOurs(p.GetString()!)).ToHashSet(StringComparer.Ordinal);
        return new FrancResult(predictions, json.RootElement.GetProperty("textsPerSecond").GetDouble(), languages);
    }

    private static async Task<string> RunAsync(string folder, string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
    }
}
