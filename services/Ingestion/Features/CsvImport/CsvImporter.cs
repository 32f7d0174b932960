using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>
/// Streams a CSV file row by row: each row is validated, good rows are written in batches (each batch one
/// transaction with its row errors and the job's progress), bad rows are listed by line. Reading and
/// validating run on one task while the previous batches are written on another, with at most
/// <see cref="QueuedBatches"/> batches between them, so memory holds a few batches whatever the size of the file.
/// </summary>
public sealed class CsvImporter(Database database, ImportJobs jobs, IOptions<IngestionOptions> options, TimeProvider clock, ILogger<CsvImporter> logger)
{
    public const int ErrorsInReport = 100;

    /// <summary>Batches read ahead of the writer: the writer is the slower, so one ready batch keeps it busy.</summary>
    private const int QueuedBatches = 1;

    public async Task<ImportOutcome> ImportAsync<TRow>(IImportKind<TRow> kind, Stream csv, string fileName, Guid jobId, CancellationToken cancellationToken)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(kind);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var source = new CsvSource(csv, stop.Token);
        if (!await source.ReadAsync())
        {
            return ImportOutcome.Refused("file", "The file is empty: the first line must name the columns.");
        }

        var header = new CsvHeader(source.Record);
        var missing = header.Missing(kind.RequiredColumns).ToList();
        if (missing.Count > 0)
        {
            return ImportOutcome.Refused("header", $"The first line must name the columns {string.Join(", ", kind.RequiredColumns)}; missing: {string.Join(", ", missing)}.");
        }

        await kind.PrepareAsync(cancellationToken);
        var committed = new ImportCounts(jobId) { LastLine = source.LastLine };
        await jobs.StartAsync(committed.JobId, kind.Kind, fileName, clock.GetUtcNow(), cancellationToken);
        var batches = Channel.CreateBounded<ImportBatch<TRow>>(new BoundedChannelOptions(QueuedBatches) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ImportBatches.ReadAsync(kind, source, header, options.Value.ImportBatchSize, batches.Writer, stop.Token), CancellationToken.None);
        Exception? failure = null;
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                committed = await WriteAsync(kind, committed, batch, stop.Token);
            }
        }
        catch (Exception exception)
        {
            failure = exception;
            await stop.CancelAsync();
        }

        try
        {
            await reading;
        }
        catch (Exception exception)
        {
            // The reader's own failure; when the writer failed first, the reader only stopped because of it.
            failure ??= exception;
        }

        await FinishAsync(committed, failure, fileName, cancellationToken);
        return ImportOutcome.Ran((await jobs.ReadAsync(committed.JobId, ErrorsInReport, CancellationToken.None))!);
    }

    /// <summary>Writes one batch with its errors and the job's progress in one transaction; returns the totals now committed.</summary>
    private async Task<ImportCounts> WriteAsync<TRow>(IImportKind<TRow> kind, ImportCounts committed, ImportBatch<TRow> batch, CancellationToken cancellationToken)
        where TRow : class
    {
        var next = committed with
        {
            LastLine = batch.LastLine,
            RowsRead = batch.RowsRead,
            RowsAccepted = committed.RowsAccepted + batch.Rows.Count,
            RowsRejected = batch.RowsRejected,
        };
        if (batch.IsEmpty)
        {
            return next;
        }

        await using var work = await database.BeginAsync(cancellationToken);
        await kind.WriteAsync(work, committed.JobId, batch.Rows, cancellationToken);
        var stored = await jobs.RecordProgressAsync(work, next, batch.Errors, cancellationToken);
        await work.CommitAsync(cancellationToken);
        kind.Announce();
        return next with { ErrorsStored = next.ErrorsStored + stored };
    }

    private async Task FinishAsync(ImportCounts committed, Exception? failure, string fileName, CancellationToken cancellationToken)
    {
        if (failure is null)
        {
            await jobs.FinishAsync(committed, "completed", failure: null, clock.GetUtcNow(), cancellationToken);
            return;
        }

        // Batches already committed stay (their rows are complete); the job says where it stopped and why.
        var cancelled = failure is OperationCanceledException && cancellationToken.IsCancellationRequested;
        var reason = cancelled ? "the upload was cancelled before the end of the file." : failure.Message;
        if (!cancelled)
        {
            logger.LogError(failure, "Import {JobId} of {FileName} stopped after line {Line}", committed.JobId, fileName, committed.LastLine);
        }

        await jobs.FinishAsync(committed, "failed", $"Stopped after line {committed.LastLine}: {reason}", clock.GetUtcNow(), CancellationToken.None);
        if (cancelled)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }
}

