namespace VoiceOfCustomer.Client;

/// <summary>An RFC 9457 problem+json answer about the whole request.</summary>
public sealed record ApiProblem(
    string? Title,
    int? Status,
    string? Detail,
    IReadOnlyDictionary<string, string[]>? Errors)
{
    public IReadOnlyDictionary<string, string[]> FieldErrors => Errors ?? new Dictionary<string, string[]>();
}
