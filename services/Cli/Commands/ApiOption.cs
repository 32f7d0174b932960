using System.CommandLine;
using System.CommandLine.Parsing;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>--api: where the VoiceOfCustomer API listens. Every command accepts it.</summary>
public static class ApiOption
{
    public const string EnvironmentVariable = "VOC_API";

    public const string DefaultAddress = "http://127.0.0.1:5080";

    public static Option<Uri> Create() => new("--api")
    {
        Description = $"Base URL of the VoiceOfCustomer API; ${EnvironmentVariable} sets the default.",
        HelpName = "url",
        Recursive = true,
        // A bad $VOC_API is reported by Parse; the fallback only satisfies the non-null signature.
        DefaultValueFactory = result =>
            Parse(result, Environment.GetEnvironmentVariable(EnvironmentVariable) ?? DefaultAddress) ?? new Uri(DefaultAddress),
        CustomParser = result => Parse(result, result.Tokens[^1].Value),
    };

    private static Uri? Parse(ArgumentResult result, string text)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var address) && address.Scheme is "http" or "https")
        {
            return address;
        }

        result.AddError($"--api (or ${EnvironmentVariable}) must be an http or https URL, not '{text}'.");
        return null;
    }
}
