using Spectre.Console;
using VoiceOfCustomer.Client;
using VoiceOfCustomer.Cli.Output;

namespace VoiceOfCustomer.Cli;

/// <summary>What commands write to and how they reach the API; tests swap in string writers and a fake handler.</summary>
public sealed record CliEnvironment(IAnsiConsole Out, IAnsiConsole Error, Func<Uri, ApiClient> CreateApiClient)
{
    public static CliEnvironment FromProcess() => new(
        ProcessConsole.Create(Console.Out, Console.IsOutputRedirected),
        ProcessConsole.Create(Console.Error, Console.IsErrorRedirected),
        baseAddress => new ApiClient(baseAddress));
}
