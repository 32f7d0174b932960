namespace VoiceOfCustomer.Contracts;

/// <summary>Why an item was suppressed. Other needs a text; Duplicate names what it duplicates.</summary>
public enum SuppressionReason
{
    Spam = 0,
    NotActionable = 1,
    OutOfScope = 2,
    Duplicate = 3,
    Other = 4,
}
