using VoiceOfCustomer.Contracts;
using System.Security.Claims;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Ingestion.Features.Feedback;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>
/// POST /api/imports/{feedback|accounts} with a text/csv body: the file is processed as it arrives and the
/// answer is the import report. GET /api/imports/{id} shows a running import's progress.
/// </summary>
public static class ImportEndpoints
{
    public static Task<IResult> ImportFeedbackAsync(
        HttpRequest request, string? fileName, Guid? jobId, ClaimsPrincipal user, CsvImporter importer, FeedbackImport kind, ImportJobs jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        kind.ImportedBy = user.UserName();
        return ImportAsync<NewFeedback>(request, fileName, jobId, importer, kind, jobs, cancellationToken);
    }

    public static Task<IResult> ImportAccountsAsync(HttpRequest request, string? fileName, Guid? jobId, CsvImporter importer, AccountImport kind, ImportJobs jobs, CancellationToken cancellationToken) =>
        ImportAsync<AccountProfile>(request, fileName, jobId, importer, kind, jobs, cancellationToken);

    public static async Task<IResult> GetAsync(Guid id, ImportJobs jobs, CancellationToken cancellationToken) =>
        await jobs.ReadAsync(id, CsvImporter.ErrorsInReport, cancellationToken) is { } report
            ? TypedResults.Ok(report)
            : TypedResults.Problem(title: "No such import.", detail: $"No import job has id {id}.", statusCode: StatusCodes.Status404NotFound);

    public static async Task<IResult> ErrorsAsync(Guid id, ImportJobs jobs, CancellationToken cancellationToken) =>
        await jobs.ReadAsync(id, 0, cancellationToken) is null
            ? TypedResults.Problem(title: "No such import.", detail: $"No import job has id {id}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(jobs.ReadErrorsAsync(id, cancellationToken));

    /// <summary>
    /// The client may choose the job id (?jobId=) so it can follow the import's progress while it uploads, as the portal does.
    /// </summary>
    private static async Task<IResult> ImportAsync<TRow>(
        HttpRequest request, string? fileName, Guid? jobId, CsvImporter importer, IImportKind<TRow> kind, ImportJobs jobs, CancellationToken cancellationToken)
        where TRow : class
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                title: "An import takes a CSV file.",
                detail: $"Send the file as the request body with Content-Type: text/csv (not '{request.ContentType}').",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (jobId is { } chosen && (chosen == Guid.Empty || await jobs.ReadAsync(chosen, 0, cancellationToken) is not null))
        {
            var taken = new ValidationErrors();
            taken.Add("jobId", $"jobId {chosen} is empty or names an import that exists: leave it out, or send a new id.");
            return taken.ToProblem(StatusCodes.Status409Conflict);
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "upload.csv" : Path.GetFileName(fileName.Trim());
        var outcome = await importer.ImportAsync(kind, request.Body, name[..Math.Min(name.Length, 200)], jobId ?? Guid.CreateVersion7(), cancellationToken);
        if (outcome.Report is { } report)
        {
            return TypedResults.Ok(report);
        }

        // Read the rest of the upload before answering, or the client sees a broken connection instead of this answer.
        await request.Body.CopyToAsync(Stream.Null, cancellationToken);
        var errors = new ValidationErrors();
        errors.Add(outcome.RefusedField!, outcome.RefusedReason!);
        return errors.ToProblem(title: "The file was not imported: nothing was written.");
    }
}
