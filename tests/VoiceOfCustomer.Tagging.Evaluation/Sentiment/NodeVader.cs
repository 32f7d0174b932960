using System.Diagnostics;
using System.Text.Json;

namespace VoiceOfCustomer.Tagging.Evaluation.Sentiment;

/// <summary>
/// Runs the npm vader-sentiment port (pinned in package.json beside this file) on the VADER sets with node,
/// installing it with `npm ci` the first time, and returns its compound scores and throughput per file.
/// </summary>
internal static class NodeVader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Result(double[] Scores, double ItemsPerSecond);

    public static async Task<Dictionary<string, Result>> ScoreAsync(EvaluationContext context, IEnumerable<string> files, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(context.EvaluationFolder, "Sentiment");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            await context.Log.WriteLineAsync("npm ci (vader-sentiment)");
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, cancellationToken);
        }

        var output = await RunAsync("node", ["score-vader.mjs", .. files], folder, cancellationToken);
        return JsonSerializer.Deserialize<Dictionary<string, Result>>(output, Json)
            ?? throw new InvalidOperationException("score-vader.mjs printed no result.");
    }

    private static async Task<string> RunAsync(string program, string[] arguments, string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}");
        }

        return await output;
    }
}
