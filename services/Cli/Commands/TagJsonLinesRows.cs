using System.Text.Json;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>Reads the rows to tag from JSON Lines: one object a line, blank lines skipped.</summary>
public static class TagJsonLinesRows
{
    public static IEnumerable<TagRow> Read(TextReader reader, TagColumns columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(columns);
        var line = 0;
        while (reader.ReadLine() is { } json)
        {
            line++;
            if (!string.IsNullOrWhiteSpace(json))
            {
                yield return Row(json, line, columns);
            }
        }
    }

    private static TagRow Row(string json, int line, TagColumns columns)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new TagInputException($"Line {line}: not valid JSON ({exception.Message.Split(" LineNumber")[0]}).", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new TagInputException($"Line {line}: expected a JSON object, found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }

            // A declared language is optional on every line (JSON Lines has no header to check a field against once).
            var text = Field(document.RootElement, columns.Text, required: true, line, "--text-column")!;
            var language = Field(document.RootElement, columns.Language, required: false, line, "--language-column");
            var id = Field(document.RootElement, columns.Id, columns.IdRequired, line, "--id-column", numberAllowed: true);
            return new TagRow(line, id, text, string.IsNullOrWhiteSpace(language) ? null : language.Trim());
        }
    }

    private static string? Field(JsonElement item, string name, bool required, int line, string option, bool numberAllowed = false)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new TagInputException($"Line {line}: no field '{name}'; name the right one with {option}.") : null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when numberAllowed => value.GetRawText(),
            _ => throw new TagInputException($"Line {line}: field '{name}' is {value.ValueKind.ToString().ToLowerInvariant()}, expected a string."),
        };
    }
}
