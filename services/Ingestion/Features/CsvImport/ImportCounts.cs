namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>Totals of one import up to a line of its file: what the job record shows once the batch ending there is committed.</summary>
public sealed record ImportCounts(Guid JobId)
{
    /// <summary>The last line these totals cover (the header is line 1).</summary>
    public int LastLine { get; init; } = 1;

    public int RowsRead { get; init; }

    public int RowsAccepted { get; init; }

    public int RowsRejected { get; init; }

    public int ErrorsStored { get; init; }
}
