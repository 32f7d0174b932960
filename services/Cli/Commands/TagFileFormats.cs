namespace VoiceOfCustomer.Cli.Commands;

/// <summary>The two input formats of `voc tag` and how a file's format is told: --format, else its extension.</summary>
public static class TagFileFormats
{
    public const string Csv = "csv";

    public const string JsonLines = "jsonl";

    public static readonly string[] Names = [Csv, JsonLines];

    public static string Of(FileInfo file, string? forced)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (forced is not null)
        {
            return forced;
        }

        return file.Extension.ToUpperInvariant() switch
        {
            ".CSV" => Csv,
            ".JSONL" or ".NDJSON" => JsonLines,
            _ => throw new TagInputException($"Cannot tell the format of {file.Name} from its extension: name it .csv, .jsonl or .ndjson, or pass --format csv|jsonl."),
        };
    }
}
