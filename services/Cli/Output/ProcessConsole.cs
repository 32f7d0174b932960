using Spectre.Console;

namespace VoiceOfCustomer.Cli.Output;

/// <summary>A Spectre console over stdout or stderr that writes plain, unwrapped text when that stream is redirected.</summary>
public static class ProcessConsole
{
    // Wide enough that log files and CI output keep URLs and error messages on one line.
    private const int RedirectedWidth = 240;

    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        if (!redirected)
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = RedirectedWidth;
        return console;
    }
}
