using System.Text;

namespace VoiceOfCustomer.Tagging.Evaluation.Taxonomy;

/// <summary>The review texts (the "data" column) of a mini-BAR CSV file, read as RFC 4180 (quoted commas, quotes, line breaks).</summary>
internal static class ReviewTexts
{
    public static List<string> Read(string path)
    {
        var rows = Rows(File.ReadAllText(path)).ToList();
        var column = Array.IndexOf(rows[0], "data");
        if (column < 0)
        {
            throw new InvalidDataException($"{path} has no data column");
        }

        return [.. rows.Skip(1).Where(r => r.Length > column).Select(r => r[column])];
    }

    private static IEnumerable<string[]> Rows(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (!quoted && c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return [.. fields];
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
