namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>Running totals of one import.</summary>
public sealed class ImportCounts(Guid jobId)
{
    public Guid JobId { get; } = jobId;

    public int RowsRead { get; set; }

    public int RowsAccepted { get; set; }

    public int RowsRejected { get; set; }

    public int ErrorsStored { get; set; }
}
