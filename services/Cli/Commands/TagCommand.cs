using System.CommandLine;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>voc tag &lt;file&gt; [--out file.jsonl] [--format csv|jsonl] [--text-column text] [--language-column language] [--id-column id]</summary>
public static class TagCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV file with a header row, or JSON Lines (one object a line): .csv, .jsonl or .ndjson." };
        var output = new Option<FileInfo?>("--out")
        {
            Description = "Write the tags (JSON Lines) to this file, only once every row is tagged; without it they go to standard output.",
            HelpName = "path",
        };
        var format = new Option<string?>("--format") { Description = "Read the file as csv or jsonl whatever its extension.", HelpName = "csv|jsonl" };
        format.AcceptOnlyFromAmong(TagFileFormats.Names);
        var text = new Option<string>("--text-column")
        {
            Description = "The column (or JSON field) holding the feedback text.",
            HelpName = "name",
            DefaultValueFactory = _ => TagColumns.DefaultText,
        };
        var language = new Option<string?>("--language-column")
        {
            Description = $"The column with the language the customer declared (ISO 639-1); used when present, default '{TagColumns.DefaultLanguage}'.",
            HelpName = "name",
        };
        var id = new Option<string?>("--id-column")
        {
            Description = $"The column with each item's id, copied into the output; used when present, default '{TagColumns.DefaultId}'.",
            HelpName = "name",
        };
        var command = new Command("tag", "Tag feedback offline (language, sentiment, kind, churn risk, area, personal data, severity), as the Tagging service does; no API needed.")
        {
            file, output, format, text, language, id,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new TagRequest(
                parseResult.GetRequiredValue(file),
                parseResult.GetValue(output),
                parseResult.GetValue(format),
                TagColumns.From(parseResult.GetRequiredValue(text), parseResult.GetValue(language), parseResult.GetValue(id)));
            return new TagHandler(environment).RunAsync(request, parseResult.InvocationConfiguration.Output, cancellationToken);
        });
        return command;
    }
}
