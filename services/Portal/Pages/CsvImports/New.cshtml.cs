using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;
using VoiceOfCustomer.Portal.Features.CsvImports;

namespace VoiceOfCustomer.Portal.Pages.CsvImports;

/// <summary>CSMs import feedback from a CSV file.</summary>
[Authorize(Roles = Roles.Csm)]
public sealed class ImportFeedbackModel(PortalApi api, PortalImports imports, IOptions<PortalOptions> options) : CsvUploadPage(api, imports, options)
{
    public override ImportKind Kind => ImportKind.Feedback;

    public override string Title => "Import feedback";

    public override IReadOnlyList<string> RequiredColumns { get; } = ["accountId", "text", "sourceChannel", "csmImportance", "goalProximity", "occurredAt"];

    public override string Explanation =>
        "Optional: contactName, contactEmail, csmId (defaults to you), businessGoal, language, idempotencyKey. Importing the same file twice does not duplicate items.";
}
