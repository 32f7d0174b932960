using Spectre.Console;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Cli.Output;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>Runs `voc audit` commands against the API and turns the answer into words and an exit code.</summary>
public sealed class AuditHandler(CliEnvironment environment)
{
    /// <summary>The log was checked and something does not match: the first bad record is printed.</summary>
    public const int NotIntact = 3;

    public Task<int> VerifyAsync(Uri apiAddress, CancellationToken cancellationToken) => CallAsync(apiAddress, async api =>
    {
        var result = await api.VerifyAuditLogAsync(cancellationToken);
        if (result.Intact)
        {
            environment.Out.WriteLine(result.Summary);
            return ExitCodes.Success;
        }

        ProblemView.Fail(environment.Error, "the audit log is NOT intact.");
        environment.Error.WriteLine($"  first bad record: {result.FirstProblem?.Seq}");
        environment.Error.WriteLine($"  kind: {result.FirstProblem?.Kind}");
        environment.Error.WriteLine($"  {result.FirstProblem?.Detail ?? result.Summary}");
        environment.Error.WriteLine($"  checked {result.RecordsChecked:N0} of {result.HeadSeq:N0} records and {result.CheckpointsChecked:N0} checkpoints before it.");
        return NotIntact;
    }, cancellationToken);

    public Task<int> ExportCheckpointsAsync(Uri apiAddress, FileInfo output, CancellationToken cancellationToken) => CallAsync(apiAddress, async api =>
    {
        try
        {
            await using (var file = output.Create())
            {
                await api.CopyAuditCheckpointsAsync(file, cancellationToken);
            }

            environment.Out.WriteLine($"Wrote the signed checkpoints and the public key to {output.FullName}");
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ProblemView.Fail(environment.Error, $"Cannot write {output.FullName}: {exception.Message}");
            return ExitCodes.Failure;
        }
    }, cancellationToken);

    private async Task<int> CallAsync(Uri apiAddress, Func<ApiClient, Task<int>> call, CancellationToken cancellationToken)
    {
        using var api = environment.CreateApiClient(apiAddress);
        try
        {
            return await call(api);
        }
        catch (ApiProblemException exception)
        {
            ProblemView.Render(environment.Error, exception.Problem);
            if (exception.Problem.Status is 401 or 403)
            {
                environment.Error.MarkupLine($"[grey]The audit log is for auditors and admins: set {CliEnvironment.ApiKeyVariable} to a key of such a user.[/]");
            }
        }
        catch (HttpRequestException exception)
        {
            ProblemView.Fail(environment.Error, ConnectionFailure.Describe(api.BaseAddress, exception));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ProblemView.Fail(environment.Error, "Cancelled before the server answered.");
        }

        return ExitCodes.Failure;
    }
}
