namespace VoiceOfCustomer.Prioritization;

/// <summary>Who may triage, and how long a request title may be.</summary>
public sealed class PrioritizationOptions
{
    public const string Section = "Prioritization";

    /// <summary>When false (the default), only the CSM who owns an item may decide about it; when true, any CSM may.</summary>
    public bool AnyCsmMayTriage { get; set; }
}
