using System.Net;
using System.Net.Http.Json;

namespace VoiceOfCustomer.Client;

/// <summary>Tagging's API: an item's tags and corrections, the taxonomy and its versions, and the suggestions in the triage inbox.</summary>
public sealed partial class ApiClient
{
    /// <summary>An item's tags and corrections, or null when it has not been tagged (it does not exist, or is still on its way).</summary>
    public Task<FeedbackTags?> TagsAsync(Guid feedbackId, CancellationToken cancellationToken) =>
        GetOrNullAsync<FeedbackTags>($"api/tags/{feedbackId}", cancellationToken);

    /// <summary>Records a correction of an item's tags; the API names each field it refuses.</summary>
    public async Task<TagCorrection> CorrectTagsAsync(Guid feedbackId, TagCorrectionDraft correction, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"api/tags/{feedbackId}/corrections", correction, ApiJson.Options, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        return await ApiResponses.ReadJsonAsync<TagCorrection>(response, cancellationToken);
    }

    /// <summary>The taxonomy in use, as YAML (version 0 until an admin saves one).</summary>
    public Task<TaxonomyDocument> TaxonomyAsync(CancellationToken cancellationToken) =>
        GetAsync<TaxonomyDocument>("api/taxonomy", cancellationToken);

    /// <summary>The areas and themes of the taxonomy in use, ids and names (readable by those who correct tags too).</summary>
    public Task<TaxonomyAreas> TaxonomyAreasAsync(CancellationToken cancellationToken) =>
        GetAsync<TaxonomyAreas>("api/taxonomy/areas", cancellationToken);

    /// <summary>One saved version's YAML, or null when there is no such version.</summary>
    public Task<TaxonomyDocument?> TaxonomyVersionAsync(int version, CancellationToken cancellationToken) =>
        GetOrNullAsync<TaxonomyDocument>($"api/taxonomy/versions/{version}", cancellationToken);

    /// <summary>Every saved version, newest first.</summary>
    public Task<IReadOnlyList<TaxonomyVersion>> TaxonomyVersionsAsync(CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyList<TaxonomyVersion>>("api/taxonomy/versions", cancellationToken);

    /// <summary>Saves <paramref name="yaml"/> as the next version; throws <see cref="TaxonomyRejectedException"/> with every parser error when it is not valid.</summary>
    public async Task<TaxonomyVersion> SaveTaxonomyAsync(string yaml, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync("api/taxonomy", new { yaml }, ApiJson.Options, cancellationToken);
        // The parser's refusal is a validation problem (400) with taxonomyErrors; any other refusal is an ordinary problem.
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity
            && await TryReadRefusalAsync(response, cancellationToken) is { TaxonomyErrors: { } errors } refusal)
        {
            throw new TaxonomyRejectedException(new ApiProblem(refusal.Title, refusal.Status ?? (int)response.StatusCode, refusal.Detail, refusal.Errors), errors);
        }

        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        return await ApiResponses.ReadJsonAsync<TaxonomyVersion>(response, cancellationToken);
    }

    /// <summary>What Tagging suggests for the caller's triage inbox items (GET /api/triage/inbox, read for its suggestion fields).</summary>
    public Task<IReadOnlyList<TriageSuggestion>> TriageSuggestionsAsync(CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyList<TriageSuggestion>>("api/triage/inbox", cancellationToken);

    private static async Task<TaxonomyRefusal?> TryReadRefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TaxonomyRefusal>(ApiJson.Options, cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The validation problem+json of PUT /api/taxonomy, with its taxonomyErrors extension.</summary>
    private sealed record TaxonomyRefusal(
        string? Title, int? Status, string? Detail, IReadOnlyDictionary<string, string[]>? Errors, IReadOnlyList<TaxonomyError>? TaxonomyErrors);
}
