using System.Net.Http.Json;

namespace VoiceOfCustomer.Client;

/// <summary>Review's holds and erasure API: the review queue, dispositions by a second person, and GDPR erasure.</summary>
public sealed partial class ApiClient
{
    /// <summary>Held and sampled suppressions: open ones (oldest first), or resolved ones when <paramref name="resolved"/>.</summary>
    public Task<IReadOnlyList<ReviewHold>> ReviewHoldsAsync(bool resolved, CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyList<ReviewHold>>("api/review/holds" + (resolved ? "?status=resolved" : ""), cancellationToken);

    public Task<ReviewHoldSummary> ReviewHoldSummaryAsync(CancellationToken cancellationToken) =>
        GetAsync<ReviewHoldSummary>("api/review/holds/summary", cancellationToken);

    /// <summary>Confirms ("confirm") or reinstates ("reinstate") a held or sampled suppression.</summary>
    public async Task<ReviewDisposition> DisposeOfHoldAsync(Guid holdId, string disposition, string? note, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"api/review/holds/{holdId}/disposition", new { disposition, note }, ApiJson.Options, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        return await ApiResponses.ReadJsonAsync<ReviewDisposition>(response, cancellationToken);
    }

    /// <summary>Asks every service to erase a person's personal data: the contacts of <paramref name="accountId"/>, or the contact <paramref name="contactEmail"/>.</summary>
    public async Task<ErasureReceipt> ErasePersonAsync(string? accountId, string? contactEmail, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/review/erasure", new { accountId, contactEmail }, ApiJson.Options, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        return await ApiResponses.ReadJsonAsync<ErasureReceipt>(response, cancellationToken);
    }
}
