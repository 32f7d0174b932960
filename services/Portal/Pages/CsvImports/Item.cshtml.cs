using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;
using VoiceOfCustomer.Portal.Features.CsvImports;

namespace VoiceOfCustomer.Portal.Pages.CsvImports;

/// <summary>An import's progress (upload, then rows), its counts and its rejected rows; refreshes itself while running.</summary>
[Authorize(Roles = $"{Roles.Csm},{Roles.Admin}")]
public sealed class ImportProgressModel(PortalApi api, PortalImports imports) : PageModel
{
    public Guid Id { get; private set; }

    public ImportUpload? Upload { get; private set; }

    public ImportResult? Report { get; private set; }

    public ApiProblem? Refusal { get; private set; }

    public string FileName => Upload?.FileName ?? "a file";

    public string Kind => Report?.Kind ?? Upload?.Kind.Name ?? ImportKind.Feedback.Name;

    /// <summary>Whether the upload had ended when this page was made: read once, so the page never mixes two moments.</summary>
    public bool UploadFinished { get; private set; }

    public bool Running => Refusal is null && ((Upload is not null && !UploadFinished) || Report?.Status == "running");

    public string Status => Refusal is not null ? "refused" : Report?.Status ?? "uploading";

    public double UploadedPercent => Upload is { TotalBytes: > 0 } upload ? (double)upload.BytesSent / upload.TotalBytes : 0;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        Upload = imports.Find(id);
        if (Upload is not null && Upload.Owner != User.UserName() && !User.IsInRole(Roles.Admin))
        {
            return Forbid();
        }

        UploadFinished = Upload is null || await Upload.WaitBrieflyAsync(TimeSpan.FromMilliseconds(500), cancellationToken);
        Refusal = UploadFinished ? Upload?.Refusal : null;
        Report = (UploadFinished ? Upload?.Result : null) ?? await api.Ingestion.GetImportAsync(id, cancellationToken);
        return Upload is null && Report is null ? NotFound() : Page();
    }

    /// <summary>Every rejected row as CSV (line, field, message), streamed from the API.</summary>
    public async Task OnGetErrorsAsync(Guid id, CancellationToken cancellationToken)
    {
        var report = await api.Ingestion.GetImportAsync(id, cancellationToken);
        if (report?.ErrorsUrl is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"import-{id}-errors.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(false)) { NewLine = "\r\n" };
        await RowErrorsCsv.WriteAsync(writer, api.Ingestion.GetImportErrorsAsync(report.ErrorsUrl, cancellationToken), cancellationToken);
    }
}
