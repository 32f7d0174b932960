namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>Why one line of an imported file was not accepted. Lines count from 1, the header being line 1.</summary>
public sealed record RowError(int Line, string Field, string Message);
