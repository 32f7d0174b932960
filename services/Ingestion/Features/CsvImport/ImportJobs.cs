using Dapper;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>The import job record: its progress is updated with every batch, so anyone can watch it.</summary>
public sealed class ImportJobs(Database database)
{
    /// <summary>Row errors kept per job; more are counted but not stored.</summary>
    public const int MaxStoredErrors = 100_000;

    private const string Start = """
        INSERT INTO ingestion_import_jobs (job_id, kind, file_name, status, rows_read, rows_accepted, rows_rejected, started_at)
        VALUES (@JobId, @Kind, @FileName, 'running', 0, 0, 0, @StartedAt)
        """;

    private const string Progress = """
        UPDATE ingestion_import_jobs SET rows_read = @RowsRead, rows_accepted = @RowsAccepted, rows_rejected = @RowsRejected
        WHERE job_id = @JobId
        """;

    private const string Finish = """
        UPDATE ingestion_import_jobs SET status = @Status, rows_read = @RowsRead, rows_accepted = @RowsAccepted,
            rows_rejected = @RowsRejected, finished_at = @FinishedAt, failure = @Failure
        WHERE job_id = @JobId
        """;

    private const string InsertError = "INSERT INTO ingestion_import_errors (job_id, line, field, message) VALUES (@JobId, @Line, @Field, @Message)";

    private const string Job = """
        SELECT job_id AS JobId, kind AS Kind, file_name AS FileName, status AS Status, rows_read AS RowsRead,
            rows_accepted AS RowsAccepted, rows_rejected AS RowsRejected, started_at AS StartedAt, finished_at AS FinishedAt, failure AS Failure
        FROM ingestion_import_jobs WHERE job_id = @JobId
        """;

    private const string Errors = "SELECT line AS Line, field AS Field, message AS Message FROM ingestion_import_errors WHERE job_id = @JobId ORDER BY line, field";

    public async Task StartAsync(Guid jobId, string kind, string fileName, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        await work.ExecuteAsync(Start, new { JobId = jobId, Kind = kind, FileName = fileName, StartedAt = startedAt }, cancellationToken);
        await work.CommitAsync(cancellationToken);
    }

    /// <summary>Records the totals of a batch and its row errors in the batch's transaction; returns how many errors were stored.</summary>
    public Task<int> RecordProgressAsync(UnitOfWork work, ImportCounts counts, IReadOnlyList<RowError> errors, CancellationToken cancellationToken) =>
        RecordAsync(work, Progress, counts, errors, extra: null, cancellationToken);

    public async Task FinishAsync(ImportCounts counts, string status, string? failure, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        await RecordAsync(work, Finish, counts, [], new { Status = status, Failure = failure, FinishedAt = finishedAt }, cancellationToken);
        await work.CommitAsync(cancellationToken);
    }

    public async Task<ImportReport?> ReadAsync(Guid jobId, int errorLimit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var job = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition(Job, new { JobId = jobId }, cancellationToken: cancellationToken));
        if (job is null)
        {
            return null;
        }

        var errors = errorLimit == 0 ? [] : (await connection.QueryAsync<ErrorRow>(new CommandDefinition(
            FirstErrors, new { JobId = jobId, Take = errorLimit }, cancellationToken: cancellationToken))).Select(e => e.ToRowError()).ToList();
        return new ImportReport(job.JobId, job.Kind, job.FileName, job.Status, job.RowsRead, job.RowsAccepted, job.RowsRejected,
            job.StartedAt, job.FinishedAt, job.Failure, errors, $"/api/imports/{jobId}/errors");
    }

    /// <summary>Streams every stored row error of a job, in line order, without holding them all in memory.</summary>
    public async IAsyncEnumerable<RowError> ReadErrorsAsync(Guid jobId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(Errors, new { JobId = jobId }, cancellationToken: cancellationToken));
        var parse = reader.GetRowParser<ErrorRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return parse(reader).ToRowError();
        }
    }

    private string FirstErrors => database.Pick(
        sqlite: $"{Errors} LIMIT @Take",
        postgreSql: $"{Errors} LIMIT @Take",
        sqlServer: $"{Errors} OFFSET 0 ROWS FETCH NEXT @Take ROWS ONLY");

    private static async Task<int> RecordAsync(UnitOfWork work, string sql, ImportCounts counts, IReadOnlyList<RowError> errors, object? extra, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new { counts.JobId, counts.RowsRead, counts.RowsAccepted, counts.RowsRejected });
        if (extra is not null)
        {
            parameters.AddDynamicParams(extra);
        }

        await work.ExecuteAsync(sql, parameters, cancellationToken);
        // A field can fail twice on one line ('lots' is not a number, so the number is also missing): one stored error per line and field.
        var distinct = errors.GroupBy(e => (e.Line, e.Field))
            .Select(same => new RowError(same.Key.Line, same.Key.Field, string.Join(" ", same.Select(e => e.Message).Distinct(StringComparer.Ordinal))))
            .ToList();
        var room = Math.Max(0, MaxStoredErrors - counts.ErrorsStored);
        if (distinct.Count == 0 || room == 0)
        {
            return 0;
        }

        await work.ExecuteAsync(InsertError, distinct.Take(room).Select(e => new { counts.JobId, e.Line, e.Field, e.Message }), cancellationToken);
        return Math.Min(room, distinct.Count);
    }

    private sealed record ErrorRow
    {
        public int Line { get; init; }

        public string Field { get; init; } = "";

        public string Message { get; init; } = "";

        public RowError ToRowError() => new(Line, Field, Message);
    }

    private sealed record JobRow
    {
        public Guid JobId { get; init; }

        public string Kind { get; init; } = "";

        public string FileName { get; init; } = "";

        public string Status { get; init; } = "";

        public int RowsRead { get; init; }

        public int RowsAccepted { get; init; }

        public int RowsRejected { get; init; }

        public DateTimeOffset StartedAt { get; init; }

        public DateTimeOffset? FinishedAt { get; init; }

        public string? Failure { get; init; }
    }
}
