using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Api;

namespace VoiceOfCustomer.Portal.Pages.Audit;

/// <summary>
/// The auditors' view of the audit log: every record, newest first, and a Verify button that recomputes the chain
/// and checks the signed checkpoints, with the result in plain words.
/// </summary>
[Authorize(Roles = $"{Roles.Auditor},{Roles.Admin}")]
public sealed class AuditModel(PortalApi api) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Verify { get; set; }

    public IReadOnlyList<AuditLogRecord> Records { get; private set; } = [];

    public long? NextBefore { get; private set; }

    public AuditVerificationResult? Verification { get; private set; }

    public ApiProblem? Problem { get; private set; }

    /// <summary>The first 12 hex digits: enough to compare by eye; the API has the whole hash.</summary>
    public static string Abbreviated(string hash) => hash.Length > 12 ? hash[..12] : hash;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (Verify)
            {
                Verification = await api.Review.VerifyAuditLogAsync(cancellationToken);
            }

            var page = await api.Review.AuditLogAsync(Before, PageSize, cancellationToken);
            (Records, NextBefore) = (page.Items, page.NextBefore);
        }
        catch (ApiProblemException problem) when (problem.Problem.Status is >= 400 and < 500)
        {
            Problem = problem.Problem;
        }
    }
}
