namespace VoiceOfCustomer.Contracts;

/// <summary>
/// Prioritization found requests scored by another formula version than the configured one: the score formula
/// changed, and every such request is being scored again. Settings holds the new version's weights as invariant text.
/// </summary>
public sealed record FormulaChanged(
    Guid ChangeId,
    Guid CorrelationId,
    DateTimeOffset DetectedAt,
    IReadOnlyList<int> PreviousVersions,
    int Version,
    int RequestsToRescore,
    IReadOnlyDictionary<string, string> Settings);
