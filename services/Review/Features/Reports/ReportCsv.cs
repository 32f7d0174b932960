using System.Globalization;
using System.Reflection;
using System.Text;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>
/// Writes report rows as CSV: a header of the record's property names, one line per row, invariant numbers. A cell
/// that a spreadsheet would run as a formula (= + - @ tab CR first) is kept as text with a leading apostrophe.
/// </summary>
public static class ReportCsv
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static IResult Of<T>(IEnumerable<T> rows, string name)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var text = new StringBuilder();
        text.AppendJoin(',', properties.Select(p => Cell(p.Name))).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', properties.Select(p => Cell(Format(p.GetValue(row))))).Append("\r\n");
        }

        return TypedResults.File(new UTF8Encoding(false).GetBytes(text.ToString()), "text/csv; charset=utf-8", $"{name}.csv");
    }

    /// <summary>A value as a CSV cell: numbers as numbers (a negative number stays a number), text guarded and quoted.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && FormulaStarts.Contains(value[0]) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
