namespace VoiceOfCustomer.Client;

/// <summary>The server's answer to an import: counts, the first row errors and where to fetch all of them.</summary>
public sealed record ImportResult(
    Guid JobId,
    string Kind,
    string Status,
    int RowsRead,
    int RowsAccepted,
    int RowsRejected,
    IReadOnlyList<ImportRowError>? Errors,
    string? ErrorsUrl)
{
    public bool Completed => string.Equals(Status, "completed", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<ImportRowError> RowErrors => Errors ?? [];
}
