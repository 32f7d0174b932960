using System.Diagnostics;
using Spectre.Console;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Cli.Output;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>Uploads one CSV file, reports the outcome and turns it into an exit code.</summary>
public sealed class ImportHandler(CliEnvironment environment)
{
    public async Task<int> RunAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        if (CheckBeforeUpload(request) is { } reason)
        {
            ProblemView.Fail(environment.Error, reason);
            return ExitCodes.Failure;
        }

        FileStream csv;
        try
        {
            csv = new FileStream(
                request.File.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ProblemView.Fail(environment.Error, $"Cannot read {request.File.FullName}: {exception.Message}");
            return ExitCodes.Failure;
        }

        await using (csv)
        {
            using var api = environment.CreateApiClient(request.Api);
            try
            {
                return await UploadAsync(api, csv, request, cancellationToken);
            }
            catch (ApiProblemException exception)
            {
                ProblemView.Render(environment.Error, exception.Problem);
                if (exception.Problem.Status is 401 or 403)
                {
                    environment.Error.MarkupLine(
                        $"[grey]The API needs a key of a user whose role may do this: set {CliEnvironment.ApiKeyVariable} (an admin issues keys on the portal's API keys page).[/]");
                }
            }
            catch (HttpRequestException exception)
            {
                ProblemView.Fail(environment.Error, ConnectionFailure.Describe(api.BaseAddress, exception));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                ProblemView.Fail(environment.Error, "Import cancelled before the server answered.");
            }

            return ExitCodes.Failure;
        }
    }

    private async Task<int> UploadAsync(ApiClient api, FileStream csv, ImportRequest request, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        var result = await UploadProgressDisplay.RunAsync(
            environment.Out,
            $"Uploading {request.File.Name} ({request.Kind.Name})",
            csv.Length,
            bytesSent => api.ImportAsync(request.Kind, csv, request.File.Name, bytesSent, cancellationToken));
        elapsed.Stop();

        var allErrorsUrl = result.ErrorsUrl is { } url ? api.Resolve(url) : null;
        ImportSummaryView.Render(environment.Out, result, elapsed.Elapsed, allErrorsUrl, savingErrors: request.ErrorsOut is not null);
        if (request.ErrorsOut is { } errorsOut && !await SaveErrorsAsync(api, result, errorsOut, cancellationToken))
        {
            return ExitCodes.Failure;
        }

        return !result.Completed ? ExitCodes.Failure
            : result.RowsRejected > 0 ? ExitCodes.RowsRejected
            : ExitCodes.Success;
    }

    private async Task<bool> SaveErrorsAsync(ApiClient api, ImportResult result, FileInfo errorsOut, CancellationToken cancellationToken)
    {
        // The answer holds only the first 100 errors; a clean import needs no request, just the header line.
        var errors = result.ErrorsUrl is { } url && (result.RowsRejected > 0 || result.RowErrors.Count > 0)
            ? api.GetImportErrorsAsync(url, cancellationToken)
            : result.RowErrors.ToAsyncEnumerable();
        try
        {
            var count = await ErrorsCsvFile.WriteAsync(errorsOut.FullName, errors, cancellationToken);
            environment.Out.WriteLine($"Wrote {count} row errors to {errorsOut.FullName}");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ProblemView.Fail(environment.Error, $"Cannot write {errorsOut.FullName}: {exception.Message}");
            return false;
        }
    }

    private static string? CheckBeforeUpload(ImportRequest request)
    {
        if (!string.Equals(request.File.Extension, ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return $"{request.File.FullName} is not a .csv file.";
        }

        if (!request.File.Exists)
        {
            return $"File not found: {request.File.FullName}";
        }

        if (request.ErrorsOut?.Directory is { Exists: false } folder)
        {
            return $"Cannot write --errors-out: folder not found: {folder.FullName}";
        }

        return null;
    }
}
