using System.Globalization;
using Spectre.Console;
using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Cli.Output;

/// <summary>Prints what an import did: the counts, then the row errors the server sent back.</summary>
public static class ImportSummaryView
{
    public const int MaxErrorsShown = 100;

    public static void Render(IAnsiConsole console, ImportResult result, TimeSpan elapsed, Uri? allErrorsUrl, bool savingErrors)
    {
        var rowsPerSecond = result.RowsRead / Math.Max(elapsed.TotalSeconds, 0.001);
        console.WriteLine();
        console.MarkupLine(Invariant($"Import [bold]{result.JobId}[/] ({Markup.Escape(result.Kind)}) {StatusMarkup(result)}"));
        var counts = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned())
            .AddRow("Rows read", Invariant($"{result.RowsRead:N0}"))
            .AddRow("Accepted", Invariant($"[green]{result.RowsAccepted:N0}[/]"))
            .AddRow("Rejected", Invariant($"{(result.RowsRejected > 0 ? "[red]" : "[green]")}{result.RowsRejected:N0}[/]"));
        console.Write(counts);
        console.WriteLine(Invariant($"Took {elapsed:hh\\:mm\\:ss} ({rowsPerSecond:N0} rows/s)"));

        if (result.RowErrors.Count > 0)
        {
            console.Write(ErrorTable(result.RowErrors.Take(MaxErrorsShown)));
        }

        var linesShown = result.RowErrors.Take(MaxErrorsShown).Select(error => error.Line).Distinct().Count();
        var rowsNotShown = result.RowsRejected - linesShown;
        if (rowsNotShown > 0 && allErrorsUrl is not null)
        {
            console.WriteLine(Invariant($"{rowsNotShown:N0} more rejected rows: {allErrorsUrl}"));
            if (!savingErrors)
            {
                console.WriteLine("Save every rejected row with --errors-out <path>.");
            }
        }
    }

    private static Table ErrorTable(IEnumerable<ImportRowError> errors)
    {
        var table = new Table().AddColumn(new TableColumn("Line").RightAligned()).AddColumn("Field").AddColumn("Message");
        foreach (var error in errors)
        {
            // Text, not markup: field names and messages come from the file and may hold [brackets].
            table.AddRow(new Text(Invariant($"{error.Line}")), new Text(error.Field), new Text(error.Message));
        }

        return table;
    }

    private static string StatusMarkup(ImportResult result) =>
        result.Completed ? "[green]completed[/]" : Invariant($"[red]{Markup.Escape(result.Status)}[/]");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
