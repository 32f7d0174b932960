using System.Diagnostics;
using VoiceOfCustomer.Taggers.Language;

namespace VoiceOfCustomer.Tagging.Evaluation.Language;

/// <summary>
/// Language identification side by side with franc (the npm package, run with node) on the same texts: Firefox
/// language-pack strings of 20 to 200 characters in 67 languages, a source disjoint from our profiles' and franc's.
/// </summary>
internal sealed class LanguageEvaluation : IEvaluation
{
    private const double MinCpuSeconds = 3;

    public string Name => "language";

    public int Order => 10;

    public async Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(context.EvaluationFolder, "Language");
        var textsPath = Path.Combine(folder, EvaluationText.FileName);
        var texts = EvaluationText.Read(textsPath);

        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var loading = Stopwatch.StartNew();
        var identifier = LanguageIdentifier.Load();
        loading.Stop();
        var memory = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;

        var ours = texts.Select(t => identifier.TagLanguage(t.Text).Language).ToList();
        var oursSpeed = MeasureThroughput(identifier, texts);
        await context.Log.WriteLineAsync($"ours: {oursSpeed:F0} texts/s; running franc");
        var franc = await FrancRunner.RunAsync(folder, textsPath, only: null, context.Log, cancellationToken);
        var francOnly = await FrancRunner.RunAsync(folder, textsPath, FrancCodes.ForOurs(identifier.SupportedLanguages), context.Log, cancellationToken);

        var report = new LanguageReport(texts, franc.Languages);
        report.Add("VoiceOfCustomer LanguageIdentifier", ours, oursSpeed);
        report.Add("franc 6.2.0 (its default 187 languages)", franc.Predictions, franc.TextsPerSecond);
        report.Add("franc 6.2.0, `only` our languages", francOnly.Predictions, francOnly.TextsPerSecond);
        return report.Write(identifier.SupportedLanguages.Count, loading.Elapsed, memory);
    }

    /// <summary>Texts per second of this process's CPU time on one thread, warm (the machine is shared).</summary>
    private static double MeasureThroughput(LanguageIdentifier identifier, List<EvaluationText> texts)
    {
        var strings = texts.Select(t => t.Text).ToArray();
        foreach (var text in strings)
        {
            identifier.TagLanguage(text);
        }

        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var passes = 0;
        double elapsed;
        do
        {
            foreach (var text in strings)
            {
                identifier.TagLanguage(text);
            }

            passes++;
            process.Refresh();
            elapsed = (process.TotalProcessorTime - start).TotalSeconds;
        }
        while (elapsed < MinCpuSeconds);

        return passes * strings.Length / elapsed;
    }
}
