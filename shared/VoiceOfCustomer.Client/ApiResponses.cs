using System.Net.Http.Json;
using System.Text.Json;

namespace VoiceOfCustomer.Client;

/// <summary>Turns HTTP answers into results or <see cref="ApiProblemException"/>.</summary>
internal static class ApiResponses
{
    private const int MaxDetailLength = 500;

    public static async Task ThrowIfProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var problem = TryParseProblem(body) ?? new ApiProblem(
            string.IsNullOrWhiteSpace(response.ReasonPhrase) ? "The API refused the request" : response.ReasonPhrase,
            status,
            body.Length > MaxDetailLength ? body[..MaxDetailLength] : NullIfBlank(body),
            null);
        throw new ApiProblemException(problem with { Status = problem.Status ?? status });
    }

    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken)
                ?? throw Unreadable(response, "the body was empty");
        }
        catch (JsonException exception)
        {
            throw Unreadable(response, exception.Message);
        }
    }

    public static async ValueTask<bool> MoveNextAsync<T>(IAsyncEnumerator<T> enumerator)
    {
        try
        {
            return await enumerator.MoveNextAsync();
        }
        catch (JsonException exception)
        {
            throw new ApiProblemException(new ApiProblem("The API's answer could not be read", null, exception.Message, null));
        }
    }

    private static ApiProblem? TryParseProblem(string body)
    {
        try
        {
            var problem = JsonSerializer.Deserialize<ApiProblem>(body, ApiJson.Options);
            return problem?.Title is null && problem?.Detail is null ? null : problem;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ApiProblemException Unreadable(HttpResponseMessage response, string reason) =>
        new(new ApiProblem(
            "The API's answer could not be read",
            (int)response.StatusCode,
            $"Expected JSON ({response.Content.Headers.ContentType?.MediaType ?? "no content type"}): {reason}",
            null));

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
