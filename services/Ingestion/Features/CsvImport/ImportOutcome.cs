namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>Either the import ran (and has a report, possibly with rejected rows) or the file was refused before anything was written.</summary>
public sealed record ImportOutcome(ImportReport? Report, string? RefusedField, string? RefusedReason)
{
    public static ImportOutcome Ran(ImportReport report) => new(report, null, null);

    public static ImportOutcome Refused(string field, string reason) => new(null, field, reason);
}
