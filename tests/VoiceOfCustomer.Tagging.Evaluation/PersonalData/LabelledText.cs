using System.Text;
using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Tagging.Evaluation.PersonalData;

/// <summary>One line of personal-data-cases.txt: the plain text and the spans marked {{kind|text}} in it.</summary>
internal sealed record LabelledText(string Text, IReadOnlyList<(PersonalDataKind Kind, int Start, int Length)> Expected)
{
    public static List<LabelledText> Read(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Parse)];

    private static LabelledText Parse(string line)
    {
        var text = new StringBuilder();
        var expected = new List<(PersonalDataKind, int, int)>();
        var at = 0;
        for (var open = line.IndexOf("{{", StringComparison.Ordinal); open >= 0; open = line.IndexOf("{{", at, StringComparison.Ordinal))
        {
            var bar = line.IndexOf('|', open);
            var close = line.IndexOf("}}", open, StringComparison.Ordinal);
            if (bar < 0 || close < bar)
            {
                throw new InvalidDataException($"bad mark in: {line}");
            }

            text.Append(line, at, open - at);
            var kind = Enum.Parse<PersonalDataKind>(line[(open + 2)..bar], ignoreCase: true);
            expected.Add((kind, text.Length, close - bar - 1));
            text.Append(line, bar + 1, close - bar - 1);
            at = close + 2;
        }

        text.Append(line, at, line.Length - at);
        return new LabelledText(text.ToString(), expected);
    }
}
