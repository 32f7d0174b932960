using System.CommandLine;
using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>voc import feedback|accounts &lt;file.csv&gt; [--errors-out path]</summary>
public static class ImportCommand
{
    public static Command Create(CliEnvironment environment, Option<Uri> api)
    {
        var import = new Command("import", "Upload a CSV file to the VoiceOfCustomer API.");
        foreach (var kind in ImportKind.All)
        {
            import.Add(CreateForKind(kind, environment, api));
        }

        return import;
    }

    private static Command CreateForKind(ImportKind kind, CliEnvironment environment, Option<Uri> api)
    {
        var file = new Argument<FileInfo>("file") { Description = $"The {kind.Name} CSV file to upload." };
        var errorsOut = new Option<FileInfo?>("--errors-out")
        {
            Description = "Save every rejected row to this CSV file (line,field,message).",
            HelpName = "path",
        };
        var command = new Command(kind.Name, kind.Description) { file, errorsOut };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new ImportRequest(
                kind, parseResult.GetRequiredValue(file), parseResult.GetValue(errorsOut), parseResult.GetRequiredValue(api));
            return new ImportHandler(environment).RunAsync(request, cancellationToken);
        });
        return command;
    }
}
