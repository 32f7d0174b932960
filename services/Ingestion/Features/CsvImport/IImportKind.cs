using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>What differs between importing feedback and importing accounts; <see cref="CsvImporter"/> does the rest.</summary>
public interface IImportKind<TRow>
{
    string Kind { get; }

    IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Loads what row validation needs (for feedback: the account ids of the registry).</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>The row's value, or null with its errors added.</summary>
    TRow? Parse(CsvRow row, List<RowError> errors);

    /// <summary>Writes a batch in the given transaction; returns how many rows were new.</summary>
    Task WriteAsync(UnitOfWork work, Guid jobId, IReadOnlyList<TRow> rows, CancellationToken cancellationToken);

    /// <summary>After a commit: wake the outbox relay.</summary>
    void Announce();
}
