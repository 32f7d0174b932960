using System.CommandLine;
using Spectre.Console;
using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Cli.Tests.Support;

/// <summary>Runs `voc` in-process against a fake API and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public const string Api = "http://voc.test/";

    public static async Task<CliRun> Voc(FakeApiHandler api, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(Console(output), Console(error), address => new ApiClient(address, api));
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        var exitCode = await VocRootCommand.Create(environment).Parse([.. args, "--api", Api]).InvokeAsync(invocation);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    // Like stdout redirected to a file in CI: no colours, no cursor movement, so no live progress bar.
    private static IAnsiConsole Console(StringWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        return console;
    }
}
