namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>A Content-Security-Policy header read into its directives: "script-src 'self'; frame-ancestors 'none'" → script-src: ['self'], ...</summary>
public static class ContentSecurityPolicy
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string? header) =>
        (header ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(parts => parts[0], StringComparer.OrdinalIgnoreCase)
            // Of a directive given twice the browser keeps the first.
            .ToDictionary(group => group.Key, group => (IReadOnlyList<string>)group.First()[1..], StringComparer.OrdinalIgnoreCase);
}
