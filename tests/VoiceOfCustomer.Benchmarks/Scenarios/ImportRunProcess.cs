using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using VoiceOfCustomer.Benchmarks.Measure;

namespace VoiceOfCustomer.Benchmarks.Scenarios;

/// <summary>One import run in a process of its own: this program started again with --run-file, which writes the run's figures there.</summary>
internal static class ImportRunProcess
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>In the child: hands the run's figures to the parent.</summary>
    public static Task WriteAsync(string runFile, RunFigures figures, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(runFile, JsonSerializer.Serialize(figures, Json), cancellationToken);

    /// <summary>Each run in a fresh process, so one run's memory (a host being torn down, the GC's high-water mark) does not show in the next.</summary>
    public static async Task<RunFigures> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var runFile = Path.Combine(Path.GetTempPath(), $"voc-bench-import-run-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(typeof(ImportRunProcess).Assembly.Location);
        foreach (var argument in ChildArguments(options.Arguments).Concat(["--runs", "1", "--run-file", runFile]))
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("The import run's process did not start.");
        try
        {
            await child.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }

        try
        {
            return child.ExitCode == 0 && File.Exists(runFile)
                ? JsonSerializer.Deserialize<RunFigures>(await File.ReadAllTextAsync(runFile, cancellationToken), Json)!
                : throw new InvalidOperationException($"The import run's process exited with {child.ExitCode} and no figures.");
        }
        finally
        {
            File.Delete(runFile);
        }
    }

    /// <summary>The parent's arguments less those that only the parent acts on.</summary>
    private static IEnumerable<string> ChildArguments(IReadOnlyList<string> arguments)
    {
        yield return arguments[0];
        for (var i = 1; i + 1 < arguments.Count; i += 2)
        {
            if (arguments[i] is not ("--write" or "--runs" or "--run-file"))
            {
                yield return arguments[i];
                yield return arguments[i + 1];
            }
        }
    }
}

/// <summary>What one import run's process hands back to the parent.</summary>
internal sealed record RunFigures(List<Figure> Figures, List<string> Notes);
