namespace VoiceOfCustomer.Client;

/// <summary>The audit log's API (Review): read it, verify it, export its signed checkpoints.</summary>
public sealed partial class ApiClient
{
    /// <summary>A page of the audit log, newest first, of records before <paramref name="before"/> (all when null).</summary>
    public Task<AuditLogPage> AuditLogAsync(long? before, int? limit, CancellationToken cancellationToken) =>
        GetAsync<AuditLogPage>(
            "api/audit" + Query(("before", before?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("limit", limit?.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            cancellationToken);

    /// <summary>Recomputes the chain and checks the signed checkpoints on the server; names the first record that does not match.</summary>
    public Task<AuditVerificationResult> VerifyAuditLogAsync(CancellationToken cancellationToken) =>
        GetAsync<AuditVerificationResult>("api/audit/verify", cancellationToken);

    /// <summary>Copies the checkpoint export (GET /api/audit/checkpoints: checkpoints and public key, JSON) to <paramref name="destination"/>.</summary>
    public async Task CopyAuditCheckpointsAsync(Stream destination, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("api/audit/checkpoints", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        await response.Content.CopyToAsync(destination, cancellationToken);
    }
}
