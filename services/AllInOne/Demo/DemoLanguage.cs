namespace VoiceOfCustomer.AllInOne.Demo;

/// <summary>How customers of one language phrase the demo's requests: one phrase per request topic, and frames by kind of feedback.</summary>
internal sealed record DemoLanguage(
    string Code,
    IReadOnlyDictionary<string, string> Topics,
    IReadOnlyList<string> Requests,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Praise);
