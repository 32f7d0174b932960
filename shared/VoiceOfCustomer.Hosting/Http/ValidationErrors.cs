using Microsoft.AspNetCore.Http;

namespace VoiceOfCustomer.Hosting.Http;

/// <summary>Collects what is wrong with an input, field by field, for one problem+json answer.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IEnumerable<(string Field, string Message)> All =>
        _errors.SelectMany(pair => pair.Value.Select(message => (pair.Key, message)));

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public IResult ToProblem(int status = StatusCodes.Status400BadRequest, string title = "The request is not valid.") =>
        Results.ValidationProblem(_errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()), statusCode: status, title: title);
}
