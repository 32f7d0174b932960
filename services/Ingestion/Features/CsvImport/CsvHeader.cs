namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>
/// The header line of an imported file. Column names match loosely: "account_id", "Account ID" and
/// "accountId" are the same column, so files exported from spreadsheets and CRMs import as they are.
/// </summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    // Every row asks for the same few names: each is normalized once.
    private readonly Dictionary<string, int?> _asked = new(StringComparer.Ordinal);

    public CsvHeader(string[] columns)
    {
        Columns = columns;
        for (var i = 0; i < columns.Length; i++)
        {
            _index.TryAdd(Normalize(columns[i]), i);
        }
    }

    public IReadOnlyList<string> Columns { get; }

    public int? IndexOf(string column)
    {
        if (!_asked.TryGetValue(column, out var found))
        {
            found = _index.TryGetValue(Normalize(column), out var index) ? index : null;
            _asked[column] = found;
        }

        return found;
    }

    public IEnumerable<string> Missing(IEnumerable<string> required) => required.Where(column => IndexOf(column) is null);

    public static string Normalize(string column) =>
        new([.. column.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
