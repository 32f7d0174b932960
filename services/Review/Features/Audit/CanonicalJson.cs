using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// The one text form of an audit payload: object keys sorted by UTF-16 code units (as RFC 8785), no whitespace,
/// strings escaped only where JSON requires it, numbers only as integers (anything else goes in as invariant text).
/// The hash covers the stored text itself, so this form matters for writing and for anyone rebuilding a payload.
/// </summary>
public static partial class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteNode(writer, payload, "$");
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node, string path)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.OrderBy(property => property.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    WriteNode(writer, value, $"{path}.{name}");
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                for (var i = 0; i < array.Count; i++)
                {
                    WriteNode(writer, array[i], $"{path}[{i}]");
                }

                writer.WriteEndArray();
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                var text = value.ToJsonString();
                if (!Integer().IsMatch(text))
                {
                    throw new ArgumentException($"{path} is {text}: audit payloads hold integers only; write other numbers as invariant text.", nameof(node));
                }

                writer.WriteRawValue(text, skipInputValidation: true);
                break;
            case JsonValue value:
                value.WriteTo(writer);
                break;
            default:
                throw new ArgumentException($"{path}: unsupported JSON node {node.GetType().Name}.", nameof(node));
        }
    }

    [GeneratedRegex("^-?(0|[1-9][0-9]*)$")]
    private static partial Regex Integer();
}
