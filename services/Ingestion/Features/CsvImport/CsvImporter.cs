using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>
/// Streams a CSV file row by row: each row is validated, good rows are written in batches (each batch one
/// transaction with its row errors and the job's progress), bad rows are listed by line. Memory holds one
/// batch, whatever the size of the file.
/// </summary>
public sealed class CsvImporter(Database database, ImportJobs jobs, IOptions<IngestionOptions> options, TimeProvider clock, ILogger<CsvImporter> logger)
{
    public const int ErrorsInReport = 100;

    public async Task<ImportOutcome> ImportAsync<TRow>(IImportKind<TRow> kind, Stream csv, string fileName, CancellationToken cancellationToken)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(kind);
        using var reader = new StreamReader(csv, detectEncodingFromByteOrderMarks: true);
        var badLine = false;
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => badLine = true,
            DetectDelimiter = false,
            CountBytes = false,
        });

        if (!await parser.ReadAsync())
        {
            return ImportOutcome.Refused("file", "The file is empty: the first line must name the columns.");
        }

        var header = new CsvHeader(parser.Record ?? []);
        var missing = header.Missing(kind.RequiredColumns).ToList();
        if (missing.Count > 0)
        {
            return ImportOutcome.Refused("header", $"The first line must name the columns {string.Join(", ", kind.RequiredColumns)}; missing: {string.Join(", ", missing)}.");
        }

        await kind.PrepareAsync(cancellationToken);
        var counts = new ImportCounts(Guid.CreateVersion7());
        await jobs.StartAsync(counts.JobId, kind.Kind, fileName, clock.GetUtcNow(), cancellationToken);
        var batch = new List<TRow>(options.Value.ImportBatchSize);
        var errors = new List<RowError>();
        var line = parser.RawRow;
        try
        {
            while (await parser.ReadAsync())
            {
                var firstLine = line + 1;
                line = parser.RawRow;
                counts.RowsRead++;
                var rowErrors = errors.Count;
                if (badLine)
                {
                    badLine = false;
                    errors.Add(new RowError(firstLine, "line", "The line is not valid CSV (a quote is not closed or is misplaced)."));
                }
                else if (kind.Parse(new CsvRow(header, parser.Record ?? [], firstLine), errors) is { } row)
                {
                    batch.Add(row);
                }

                if (errors.Count > rowErrors)
                {
                    counts.RowsRejected++;
                }

                if (batch.Count >= options.Value.ImportBatchSize)
                {
                    await WriteBatchAsync(kind, counts, batch, errors, cancellationToken);
                }
            }

            await WriteBatchAsync(kind, counts, batch, errors, cancellationToken);
            await jobs.FinishAsync(counts, "completed", failure: null, clock.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Batches already committed stay (their rows are complete); the job says where it stopped and why.
            logger.LogError(exception, "Import {JobId} of {FileName} stopped after line {Line}", counts.JobId, fileName, line);
            var failure = $"Stopped after line {line}: {exception.Message}";
            await jobs.FinishAsync(counts, "failed", failure, clock.GetUtcNow(), CancellationToken.None);
        }

        return ImportOutcome.Ran((await jobs.ReadAsync(counts.JobId, ErrorsInReport, CancellationToken.None))!);
    }

    private async Task WriteBatchAsync<TRow>(IImportKind<TRow> kind, ImportCounts counts, List<TRow> batch, List<RowError> errors, CancellationToken cancellationToken)
        where TRow : class
    {
        if (batch.Count == 0 && errors.Count == 0)
        {
            return;
        }

        await using var work = await database.BeginAsync(cancellationToken);
        await kind.WriteAsync(work, counts.JobId, batch, cancellationToken);
        counts.RowsAccepted += batch.Count;
        await jobs.RecordProgressAsync(work, counts, errors, cancellationToken);
        await work.CommitAsync(cancellationToken);
        kind.Announce();
        batch.Clear();
        errors.Clear();
    }
}
