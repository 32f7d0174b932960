using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>Reads the rows to tag from a CSV file with a header row (RFC 4180 quoting; a field may span lines).</summary>
public static class TagCsvRows
{
    public static IEnumerable<TagRow> Read(TextReader reader, TagColumns columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true,
            BadDataFound = bad => throw new TagInputException($"Line {StartLine(bad.Context.Parser!)}: a quote is not closed or a field has a stray quote; quote fields as \"...\" with \"\" inside."),
        };
        using var csv = new CsvReader(reader, configuration);
        if (!Advance(csv, 1))
        {
            throw new TagInputException("Line 1: the file is empty; a CSV needs a header row naming its columns.");
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var text = Column(header, columns.Text, required: true, "--text-column")!.Value;
        var language = Column(header, columns.Language, columns.LanguageRequired, "--language-column");
        var id = Column(header, columns.Id, columns.IdRequired, "--id-column");
        var lastLine = csv.Parser.RawRow;
        while (Advance(csv, lastLine + 1))
        {
            var line = lastLine + 1;
            lastLine = csv.Parser.RawRow;
            yield return new TagRow(line, id is { } i ? csv.GetField(i) : null, csv.GetField(text) ?? "", language is { } l ? Blank(csv.GetField(l)) : null);
        }
    }

    private static bool Advance(CsvReader csv, long line)
    {
        try
        {
            return csv.Read();
        }
        catch (BadDataException exception) when (csv.HeaderRecord is { } header && csv.Parser.Count != header.Length)
        {
            throw new TagInputException(
                $"Line {line}: the row has {csv.Parser.Count} fields where the header has {header.Length}; quote fields that contain commas.", exception);
        }
        catch (BadDataException exception)
        {
            throw new TagInputException($"Line {line}: the CSV row is malformed ({exception.Message.Split('\n')[0].Trim()}).", exception);
        }
    }

    private static int? Column(string[] header, string name, bool required, string option)
    {
        var index = Array.IndexOf(header, name);
        if (index >= 0)
        {
            return index;
        }

        return required
            ? throw new TagInputException($"Line 1: no column '{name}' in the header ({string.Join(", ", header)}); name the right one with {option}.")
            : null;
    }

    // RawRow counts the lines read so far, so a field spanning lines still points at where its row began.
    private static long StartLine(IParser parser) => parser.RawRow - parser.RawRecord.Count(c => c == '\n') + (parser.RawRecord.EndsWith('\n') ? 1 : 0);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
