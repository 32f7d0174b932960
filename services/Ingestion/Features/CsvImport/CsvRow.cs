using System.Globalization;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>One data line of an imported CSV file, read by column name.</summary>
public sealed class CsvRow(CsvHeader header, string[] fields, int line)
{
    public int Line { get; } = line;

    public string? this[string column] =>
        header.IndexOf(column) is { } index && index < fields.Length && fields[index].Trim() is { Length: > 0 } value ? value : null;

    public int? WholeNumber(string column, string field, List<RowError> errors)
    {
        var text = this[column];
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new RowError(Line, field, $"'{text}' is not a whole number."));
        return null;
    }

    public decimal? Number(string column, string field, List<RowError> errors)
    {
        var text = this[column];
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new RowError(Line, field, $"'{text}' is not a number (use . for decimals)."));
        return null;
    }

    public DateTimeOffset? Instant(string column, string field, List<RowError> errors)
    {
        var text = this[column];
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        errors.Add(new RowError(Line, field, $"'{text}' is not a date and time (use ISO 8601, e.g. 2026-03-01T14:30:00Z)."));
        return null;
    }

    public IEnumerable<(string Column, string Value)> Others(IReadOnlySet<string> known) =>
        header.Columns
            .Select((column, index) => (column, index))
            .Where(c => !known.Contains(CsvHeader.Normalize(c.column)) && c.index < fields.Length && fields[c.index].Trim().Length > 0)
            .Select(c => (c.column.Trim(), fields[c.index].Trim()));
}
