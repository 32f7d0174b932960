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
        baseAddress =>
        {
            var client = new ApiClient(baseAddress);
            if (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key)
            {
                client.UseApiKey(key);
            }

            return client;
        });

    /// <summary>The API key travels in the environment, never on the command line where other users' `ps` would see it.</summary>
    public const string ApiKeyVariable = "VOC_API_KEY";
}
