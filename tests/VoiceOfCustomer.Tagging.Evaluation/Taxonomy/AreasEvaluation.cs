using System.Diagnostics;
using System.Globalization;
using System.Text;
using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Tagging.Evaluation.Taxonomy;

/// <summary>
/// A sanity figure for the default taxonomy: on the mini-BAR English app reviews (fitness apps, not B2B SaaS, and
/// with no area labels), how many reviews match some area, which areas, and how fast. Not an accuracy measure.
/// </summary>
internal sealed class AreasEvaluation : IEvaluation
{
    private const int TimedRounds = 5;

    public string Name => "areas";

    public int Order => 40;

    public Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var load = Stopwatch.StartNew();
        var tagger = ProductAreaTagger.LoadDefault();
        load.Stop();
        var files = new[] { "garmin_connect.en.csv", "huawei_health.en.csv" };
        var texts = files.SelectMany(f => ReviewTexts.Read(Path.Combine(context.Datasets, "minibar_en", f))).ToList();
        var tags = texts.Select(t => tagger.TagArea(t, "en")).ToList();
        var undetermined = texts.Select(t => tagger.TagArea(t, "und")).ToList();
        var perItem = MicrosecondsPerItem(tagger, texts);

        var matched = tags.Where(t => t.AreaId is not null).ToList();
        var report = new StringBuilder()
            .AppendLine("## Product areas (taxonomy coverage)")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The default taxonomy (shared/VoiceOfCustomer.Taggers/Taxonomy/Data/taxonomy.yaml, {tagger.Taxonomy.Areas.Count} areas, ")
            .AppendLine(CultureInfo.InvariantCulture, $"{tagger.Taxonomy.Areas.Sum(a => a.Themes.Count)} themes, {tagger.Taxonomy.Areas.SelectMany(a => a.Themes).Sum(t => t.Phrases.Count)} phrases) on the {texts.Count:N0} English reviews of")
            .AppendLine("tests/datasets/minibar_en. A sanity figure only: these are fitness-app reviews with no area labels, so it says how")
            .AppendLine("often a B2B SaaS taxonomy finds something to say and what, not whether it is right.")
            .AppendLine()
            .AppendLine("| measure | value |")
            .AppendLine("| --- | --- |")
            .AppendLine(CultureInfo.InvariantCulture, $"| reviews matched (language en) | {matched.Count:N0} ({Share(matched.Count, texts.Count)}) |")
            .AppendLine(CultureInfo.InvariantCulture, $"| reviews matched (language und) | {undetermined.Count(t => t.AreaId is not null):N0} ({Share(undetermined.Count(t => t.AreaId is not null), texts.Count)}) |")
            .AppendLine(CultureInfo.InvariantCulture, $"| median confidence when matched | {Median(matched.Select(t => t.Confidence)):F2} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| time per review, CPU (one thread, {TimedRounds} rounds after a warm-up) | {perItem.Cpu:F2} µs |")
            .AppendLine(CultureInfo.InvariantCulture, $"| time per review, wall clock (shared machine) | {perItem.Wall:F2} µs |")
            .AppendLine(CultureInfo.InvariantCulture, $"| taxonomy load and compile | {load.Elapsed.TotalMilliseconds:F0} ms |")
            .AppendLine()
            .AppendLine("| area | reviews | share of matched | most frequent phrases |")
            .AppendLine("| --- | --- | --- | --- |");
        foreach (var area in matched.GroupBy(t => t.AreaName).OrderByDescending(g => g.Count()))
        {
            var phrases = area.SelectMany(t => t.Why).GroupBy(w => w).OrderByDescending(g => g.Count()).Take(4).Select(g => $"{g.Key} ×{g.Count()}");
            report.AppendLine(CultureInfo.InvariantCulture, $"| {area.Key} | {area.Count():N0} | {Share(area.Count(), matched.Count)} | {string.Join(", ", phrases)} |");
        }

        return Task.FromResult(report.ToString());
    }

    private static (double Cpu, double Wall) MicrosecondsPerItem(ProductAreaTagger tagger, List<string> texts)
    {
        var sink = 0;
        foreach (var text in texts)
        {
            sink += tagger.TagArea(text, "en").Why.Count; // warm-up: the timed rounds run optimized code
        }

        var clock = new ProcessCpuTime();
        for (var round = 0; round < TimedRounds; round++)
        {
            foreach (var text in texts)
            {
                sink += tagger.TagArea(text, "en").Why.Count;
            }
        }

        GC.KeepAlive(sink);
        var items = TimedRounds * texts.Count;
        return (clock.CpuSoFar.TotalMicroseconds / items, clock.Wall.TotalMicroseconds / items);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
