using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;
using VoiceOfCustomer.Portal.Features.CsvImports;

namespace VoiceOfCustomer.Portal.Pages.CsvImports;

/// <summary>A page that takes a CSV file and sends it on to the API in the background, then shows the import's progress.</summary>
public abstract class CsvUploadPage(PortalApi api, PortalImports imports, IOptions<PortalOptions> options) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public FormErrors Errors { get; } = new();

    public abstract ImportKind Kind { get; }

    public abstract string Title { get; }

    public abstract IReadOnlyList<string> RequiredColumns { get; }

    public abstract string Explanation { get; }

    public long MaxMegabytes => options.Value.MaxUploadBytes / 1_000_000;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is not { Length: > 0 })
        {
            Errors.Add("file", "Choose a CSV file that is not empty.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var copy = Path.GetTempFileName();
        await using (var target = System.IO.File.Create(copy))
        {
            await Upload.CopyToAsync(target, cancellationToken);
        }

        var upload = imports.Start(Kind, copy, Path.GetFileName(Upload.FileName), User.UserName(), api.IngestionAddress(), api.Cookies);
        return Redirect($"/imports/{upload.JobId}");
    }
}
