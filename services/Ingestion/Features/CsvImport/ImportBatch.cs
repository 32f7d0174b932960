namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>
/// Rows read and validated, ready to be written in one transaction with their row errors; <paramref name="RowsRead"/>
/// and <paramref name="RowsRejected"/> are the file's totals up to <paramref name="LastLine"/>, so the job's progress
/// moves with each commit, not with the reader running ahead.
/// </summary>
internal sealed record ImportBatch<TRow>(List<TRow> Rows, List<RowError> Errors, int LastLine, int RowsRead, int RowsRejected)
{
    public bool IsEmpty => Rows.Count == 0 && Errors.Count == 0;
}
