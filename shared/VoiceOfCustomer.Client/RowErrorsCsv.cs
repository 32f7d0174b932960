using System.Globalization;

namespace VoiceOfCustomer.Client;

/// <summary>Writes an import's row errors as CSV (line,field,message), one row at a time, so a long list never sits in memory.</summary>
public static class RowErrorsCsv
{
    private static readonly char[] CharactersThatNeedQuotes = [',', '"', '\r', '\n'];
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static async Task<int> WriteAsync(TextWriter writer, IAsyncEnumerable<ImportRowError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteLineAsync("line,field,message");
        var count = 0;
        await foreach (var error in errors.WithCancellation(cancellationToken))
        {
            var line = error.Line.ToString(CultureInfo.InvariantCulture);
            await writer.WriteLineAsync($"{line},{Escape(error.Field)},{Escape(error.Message)}");
            count++;
        }

        return count;
    }

    private static string Escape(string value)
    {
        // A message quoting the customer's cell could start a spreadsheet formula: it is kept as text.
        if (value.Length > 0 && FormulaStarts.Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(CharactersThatNeedQuotes) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
