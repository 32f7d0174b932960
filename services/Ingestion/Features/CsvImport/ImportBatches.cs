using System.Threading.Channels;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>The reading side of an import: rows parsed and validated into batches, each stamped with the file's totals up to its last line.</summary>
internal static class ImportBatches
{
    /// <summary>Reads and validates the rows after the header, handing over a batch every <paramref name="size"/> rows (or errors) and a last one at the end.</summary>
    public static async Task ReadAsync<TRow>(
        IImportKind<TRow> kind, CsvSource source, CsvHeader header, int size, ChannelWriter<ImportBatch<TRow>> batches, CancellationToken cancellationToken)
        where TRow : class
    {
        try
        {
            var rows = new List<TRow>(size);
            var errors = new List<RowError>();
            int line = source.LastLine, read = 0, rejected = 0;
            while (await source.ReadAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var firstLine = line + 1;
                line = source.LastLine;
                read++;
                var rowErrors = errors.Count;
                if (source.TakeBadLine())
                {
                    errors.Add(new RowError(firstLine, "line", "The line is not valid CSV (a quote is not closed or is misplaced)."));
                }
                else if (kind.Parse(new CsvRow(header, source.Record, firstLine), errors) is { } row)
                {
                    rows.Add(row);
                }

                if (errors.Count > rowErrors)
                {
                    rejected++;
                }

                // Errors also close a batch, so a file of bad rows does not pile its errors up in memory.
                if (rows.Count >= size || errors.Count >= size)
                {
                    await batches.WriteAsync(new ImportBatch<TRow>(rows, errors, line, read, rejected), cancellationToken);
                    rows = new List<TRow>(size);
                    errors = [];
                }
            }

            // The last batch goes even when empty: it carries the file's final totals.
            await batches.WriteAsync(new ImportBatch<TRow>(rows, errors, line, read, rejected), cancellationToken);
        }
        finally
        {
            batches.TryComplete();
        }
    }
}
