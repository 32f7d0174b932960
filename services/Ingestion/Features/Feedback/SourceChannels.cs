namespace VoiceOfCustomer.Ingestion.Features.Feedback;

/// <summary>Where the customer said it.</summary>
public static class SourceChannels
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "email", "call", "meeting", "chat", "ticket", "survey", "community", "social", "other",
    };
}
