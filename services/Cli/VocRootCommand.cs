using System.CommandLine;
using VoiceOfCustomer.Cli.Commands;

namespace VoiceOfCustomer.Cli;

/// <summary>The `voc` command tree; each command lives in its own file under Commands/.</summary>
public static class VocRootCommand
{
    public static RootCommand Create(CliEnvironment environment)
    {
        var api = ApiOption.Create();
        return new RootCommand("voc: the VoiceOfCustomer command-line tool.")
        {
            api,
            ImportCommand.Create(environment, api),
            AuditCommand.Create(environment, api),
            TagCommand.Create(environment),
        };
    }
}
