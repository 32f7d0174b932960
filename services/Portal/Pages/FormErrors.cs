using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Portal.Pages;

/// <summary>What is wrong with a form, by field (the API's problem+json "errors", or the page's own), as the form renders it.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.OrdinalIgnoreCase);
    private ApiProblem? _problem;

    /// <summary>The summary shown above the form (role="alert"), or null when the form is fine.</summary>
    public ApiProblem? Problem => _problem ?? (_byField.Count == 0 ? null : new ApiProblem(
        "The form is not complete.", 400, null, _byField.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray())));

    public void Add(ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _problem = problem;
        foreach (var (field, messages) in problem.FieldErrors)
        {
            Messages(field).AddRange(messages);
        }
    }

    public void Add(string field, string message) => Messages(field).Add(message);

    /// <summary>Takes the API's refusal of the form; answers the status the page should answer with (the API's own).</summary>
    public int Refused(ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Add(problem);
        return problem.Status ?? StatusCodes.Status400BadRequest;
    }

    public IReadOnlyList<string> For(string field) => _byField.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>aria-invalid for an input: "true" when its field has an error, else no attribute.</summary>
    public string? Invalid(string field) => _byField.ContainsKey(field) ? "true" : null;

    /// <summary>aria-describedby for an input: its hint and, when there is one, its error.</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = new[] { hintId, _byField.ContainsKey(field) ? $"{field}-error" : null }.OfType<string>().ToList();
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    private List<string> Messages(string field)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }

        return messages;
    }
}
