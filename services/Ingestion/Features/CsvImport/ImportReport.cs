namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

public sealed record ImportReport(
    Guid JobId,
    string Kind,
    string FileName,
    string Status,
    int RowsRead,
    int RowsAccepted,
    int RowsRejected,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Failure,
    IReadOnlyList<RowError> Errors,
    string ErrorsUrl);
