namespace VoiceOfCustomer.Portal.Pages;

/// <summary>The pipeline stages as people read them.</summary>
public static class Stages
{
    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        ("submitted", "Submitted"),
        ("tagged", "Tagged"),
        ("queued", "Queued for triage"),
        ("watched", "Watched by review"),
    ];

    public static string Label(string stage) => All.FirstOrDefault(s => s.Value == stage).Label ?? stage;
}
