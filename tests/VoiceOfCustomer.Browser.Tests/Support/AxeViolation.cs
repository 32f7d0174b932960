namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>One rule axe-core found broken: its id (e.g. color-contrast), impact, what it asks for and the first elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Id} ({Impact}): {Help} at {string.Join(" | ", Targets)}";
}
