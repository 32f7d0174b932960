namespace VoiceOfCustomer.Benchmarks.Load;

/// <summary>The parts of the import report (POST /api/imports/...) the benchmark reads.</summary>
internal sealed record ImportAnswer(string Status, int RowsRead, int RowsAccepted, int RowsRejected, string? Failure);
