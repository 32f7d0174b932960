using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace VoiceOfCustomer.Benchmarks.Report;

/// <summary>
/// Updates docs/benchmarks.md: each scenario owns the text between its begin/end markers (replaced on every
/// --write), the summary table at the top is rebuilt from the sections, and everything else (the
/// hand-written analysis under each section) is kept as it is.
/// </summary>
internal static partial class BenchmarkDoc
{
    private const string SummaryBegin = "<!-- bench:summary:begin -->";
    private const string SummaryEnd = "<!-- bench:summary:end -->";

    private const string Skeleton = $"""
        # Benchmarks

        Throughput, latency and memory of VoiceOfCustomer on this project's machine, produced by
        `tests/VoiceOfCustomer.Benchmarks` (see its README.md). Each figure is the median of several runs, each
        on a fresh database; every section names the command that produced it. The machine is shared
        (other builds and tests run at the same time), so the load average is given with every result.

        {SummaryBegin}
        {SummaryEnd}

        """;

    public static void Write(string path, ScenarioResult result, string command)
    {
        var doc = File.Exists(path) ? File.ReadAllText(path) : Skeleton;
        var begin = $"<!-- bench:{result.Scenario}:begin -->";
        var end = $"<!-- bench:{result.Scenario}:end -->";
        var section = $"{begin}\n{Section(result, command)}{end}";
        var from = doc.IndexOf(begin, StringComparison.Ordinal);
        var to = doc.IndexOf(end, StringComparison.Ordinal);
        doc = from >= 0 && to > from
            ? doc[..from] + section + doc[(to + end.Length)..]
            : doc.TrimEnd() + $"\n\n## {result.Title}\n\n{section}\n\n**What limits it:** not analysed yet.\n";
        File.WriteAllText(path, Summarize(doc));
    }

    private static string Section(ScenarioResult result, string command)
    {
        var medians = result.Medians;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"<!-- summary | {result.Title} | {result.Goal} | {result.HeadlineMedian?.Text ?? "n/a"} | {(result.Met ? "yes" : "**no**")} | -->");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {MachineInfo.Describe()}; load average {result.LoadBefore} before, {result.LoadAfter} after.");
        text.AppendLine();
        text.AppendLine("```sh");
        text.AppendLine(command);
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("| figure | median | " + string.Join(" | ", result.Runs.Select((_, i) => $"run {i + 1}")) + " |");
        text.AppendLine("| --- | ---: | " + string.Join(" | ", result.Runs.Select(_ => "---:")) + " |");
        foreach (var median in medians)
        {
            var name = median.Name == result.Headline ? $"**{median.Name}**" : median.Name;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {median.Text} | {string.Join(" | ", result.Runs.Select(run => run.FirstOrDefault(f => f.Name == median.Name)?.Text ?? ""))} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Goal: {result.Goal}. **{(result.Met ? "Met" : "Not met")}** (median {result.HeadlineMedian?.Text ?? "n/a"}).");
        foreach (var note in result.Notes)
        {
            text.AppendLine();
            text.AppendLine(note);
        }

        return text.ToString();
    }

    private static string Summarize(string doc)
    {
        var rows = SummaryLine().Matches(doc).Select(m => $"| {m.Groups[1].Value.Trim()} |");
        var table = $"{SummaryBegin}\n| scenario | goal | measured (median) | met? |\n| --- | --- | ---: | --- |\n{string.Join('\n', rows)}\n{SummaryEnd}";
        var from = doc.IndexOf(SummaryBegin, StringComparison.Ordinal);
        var to = doc.IndexOf(SummaryEnd, StringComparison.Ordinal);
        return from >= 0 && to > from ? doc[..from] + table + doc[(to + SummaryEnd.Length)..] : doc;
    }

    [GeneratedRegex(@"^<!-- summary \|(.*)\| -->$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}
