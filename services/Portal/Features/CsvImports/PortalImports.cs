using System.Collections.Concurrent;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Features.CsvImports;

/// <summary>
/// Uploads a CSV file the portal received to the Ingestion API in the background, under a job id chosen
/// here, so the import's page can show the upload and the rows being processed while it runs. What the
/// API refuses before it starts (a missing column, a wrong file) is kept here for the page to show.
/// </summary>
public sealed class PortalImports(IHttpMessageHandlerFactory handlers, IHostApplicationLifetime lifetime, ILogger<PortalImports> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(6);

    private readonly ConcurrentDictionary<Guid, ImportUpload> _uploads = new();

    /// <summary>Takes ownership of <paramref name="file"/> (a temporary file, deleted when the upload ends).</summary>
    public ImportUpload Start(ImportKind kind, string file, string fileName, string owner, Uri api, string cookies)
    {
        Forget(DateTimeOffset.UtcNow - KeepFor);
        var upload = new ImportUpload(Guid.CreateVersion7(), kind, fileName, owner, new FileInfo(file).Length, DateTimeOffset.UtcNow);
        _uploads[upload.JobId] = upload;
        _ = Task.Run(() => RunAsync(upload, file, api, cookies));
        return upload;
    }

    public ImportUpload? Find(Guid jobId) => _uploads.GetValueOrDefault(jobId);

    private async Task RunAsync(ImportUpload upload, string file, Uri api, string cookies)
    {
        try
        {
            using var client = new ApiClient(api, handlers.CreateHandler(PortalApi.ClientName));
            client.ForwardCookies(cookies);
            await using var csv = File.OpenRead(file);
            var result = await client.ImportAsync(upload.Kind, csv, upload.FileName, upload.JobId, upload.Sent, lifetime.ApplicationStopping);
            upload.Finish(result, null);
        }
        catch (ApiProblemException problem)
        {
            upload.Finish(null, problem.Problem);
        }
#pragma warning disable CA1031 // A background upload must always end, whatever stopped it, or its page waits forever.
        catch (Exception error)
#pragma warning restore CA1031
        {
            logger.LogWarning(error, "Upload of import {JobId} ({FileName}) failed", upload.JobId, upload.FileName);
            upload.Finish(null, new ApiProblem("The upload did not complete.", null, error.Message, null));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private void Forget(DateTimeOffset before)
    {
        foreach (var (jobId, upload) in _uploads)
        {
            if (upload.Finished && upload.StartedAt < before)
            {
                _uploads.TryRemove(jobId, out _);
            }
        }
    }
}
