using System.Text.Json;
using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>
/// Writes one tagged item as one JSON object: id, line, then each tag with its confidence and why. Personal data
/// is given as kinds and offsets, never the matched text, as the service does.
/// </summary>
public static class TagJsonLine
{
    public static void Write(Utf8JsonWriter json, TagRow row, ItemTags tags)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(tags);
        json.WriteStartObject();
        json.WriteString("id", row.Id);
        json.WriteNumber("line", row.Line);
        Tag(json, "language", tags.All.First(t => t.Name == "language"));
        json.WriteStartObject("sentiment");
        Fields(json, tags.All.First(t => t.Name == "sentiment"));
        json.WriteNumber("score", tags.SentimentScore);
        json.WriteEndObject();
        json.WriteStartArray("kinds");
        foreach (var kind in tags.All.Where(t => t.Name == "kind"))
        {
            Tag(json, null, kind);
        }

        json.WriteEndArray();
        json.WriteStartObject("churn_risk");
        json.WriteBoolean("detected", tags.ChurnRisk);
        if (tags.All.FirstOrDefault(t => t.Name == "churn_risk") is { } churn)
        {
            json.WriteNumber("confidence", Math.Round(churn.Confidence, 4));
            json.WriteString("why", churn.Why);
        }

        json.WriteEndObject();
        Optional(json, "area", tags.All.FirstOrDefault(t => t.Name == "area"));
        Optional(json, "theme", tags.All.FirstOrDefault(t => t.Name == "theme"));
        json.WriteStartArray("personal_data");
        foreach (var mark in tags.PersonalData)
        {
            json.WriteStartObject();
            json.WriteString("kind", mark.Kind);
            json.WriteNumber("start", mark.Start);
            json.WriteNumber("length", mark.Length);
            json.WriteNumber("confidence", Math.Round(mark.Confidence, 4));
            json.WriteString("why", mark.Why);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var severity = tags.All.First(t => t.Name == "severity");
        json.WriteStartObject("severity");
        if (tags.Severity is { } value)
        {
            json.WriteNumber("value", value);
        }
        else
        {
            json.WriteNull("value");
        }

        json.WriteNumber("confidence", Math.Round(severity.Confidence, 4));
        json.WriteString("why", severity.Why);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, ItemTag? tag)
    {
        if (tag is null)
        {
            json.WriteNull(name);
        }
        else
        {
            Tag(json, name, tag);
        }
    }

    private static void Tag(Utf8JsonWriter json, string? name, ItemTag tag)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        Fields(json, tag);
        json.WriteEndObject();
    }

    private static void Fields(Utf8JsonWriter json, ItemTag tag)
    {
        json.WriteString("value", tag.Value);
        json.WriteNumber("confidence", Math.Round(tag.Confidence, 4));
        json.WriteString("why", tag.Why);
    }
}
