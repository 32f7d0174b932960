namespace VoiceOfCustomer.Hosting.Logging;

public enum LogFormat
{
    /// <summary>One readable line per event, for a terminal.</summary>
    Text,

    /// <summary>One JSON object per event with every property, for a log store.</summary>
    Json,
}
