namespace VoiceOfCustomer.Contracts;

/// <summary>What a CSM decided about an item.</summary>
public enum TriageAction
{
    /// <summary>Forwarded to product: the item joins a request (a new one, or the one tagging suggested).</summary>
    Forward = 0,

    /// <summary>Merged into an existing request: the item stays linked and counts there.</summary>
    Merge = 1,

    /// <summary>Kept, with its importance lowered to a new value.</summary>
    Deprioritize = 2,

    /// <summary>Dropped, with a reason.</summary>
    Suppress = 3,
}
