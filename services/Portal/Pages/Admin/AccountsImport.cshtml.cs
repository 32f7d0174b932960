using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;
using VoiceOfCustomer.Portal.Features.CsvImports;
using VoiceOfCustomer.Portal.Pages.CsvImports;

namespace VoiceOfCustomer.Portal.Pages.Admin;

/// <summary>Admins load or update the accounts registry (the customer base with its segments) from a CSV file.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class ImportAccountsModel(PortalApi api, PortalImports imports, IOptions<PortalOptions> options) : CsvUploadPage(api, imports, options)
{
    public override ImportKind Kind => ImportKind.Accounts;

    public override string Title => "Import accounts";

    public override IReadOnlyList<string> RequiredColumns { get; } = ["accountId", "name", "region", "country", "language", "sizeBand", "industry", "planTier", "arr"];

    public override string Explanation => "Any other column becomes a custom segment attribute. Existing accounts are updated.";
}
