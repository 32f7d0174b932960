namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>What a triage decision did with an item; the reviewer counts suppressions and deprioritizations.</summary>
public enum TriageAction
{
    Forwarded,
    Merged,
    Deprioritized,
    Suppressed,
}

/// <summary>Which outcome a disparity row measures: k counts suppressed items, or deprioritized ones.</summary>
public enum Outcome
{
    Suppressed,
    Deprioritized,
}
