namespace VoiceOfCustomer.Hosting.Logging;

/// <summary>Console output of the service. Levels, overrides and extra sinks come from the Serilog section.</summary>
public sealed class LogOptions
{
    public const string Section = "Logs";

    public LogFormat Format { get; set; } = LogFormat.Text;
}
