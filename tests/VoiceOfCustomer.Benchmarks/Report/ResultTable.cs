using System.Globalization;
using System.Text;

namespace VoiceOfCustomer.Benchmarks.Report;

/// <summary>The result as a plain-text table on the console.</summary>
internal static class ResultTable
{
    private static readonly string[] FirstColumns = ["figure", "median"];

    public static string Render(ScenarioResult result)
    {
        var header = FirstColumns.Concat(result.Runs.Select((_, i) => $"run {i + 1}")).ToArray();
        var rows = result.Medians.Select(median => new[] { median.Name, median.Text }
            .Concat(result.Runs.Select(run => run.FirstOrDefault(f => f.Name == median.Name)?.Text ?? "")).ToArray()).ToList();
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        text.AppendLine(result.Title);
        Line(text, header, widths);
        text.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            Line(text, row, widths);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"goal: {result.Goal}: {(result.Met ? "met" : "NOT met")} (median {result.HeadlineMedian?.Text ?? "n/a"})");
        foreach (var note in result.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"note: {note}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"load average before {result.LoadBefore}, after {result.LoadAfter}");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths) =>
        text.AppendLine(string.Join(" | ", cells.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))));
}
