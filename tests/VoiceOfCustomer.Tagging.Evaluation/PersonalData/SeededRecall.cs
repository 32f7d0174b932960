using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Tagging.Evaluation.PersonalData;

/// <summary>
/// Every seeded value in every sentence of seeded-contexts.tsv: whether the detector finds it with its exact span, a
/// confidence and a why (marked), and masks exactly it (masked); and any other span it finds there (false positive).
/// </summary>
internal sealed class SeededRecall
{
    private SeededRecall(List<Outcome> outcomes) => Outcomes = outcomes;

    /// <summary>One value in one language's sentence; Text is the sentence as the detector saw it.</summary>
    public sealed record Outcome(SeededValue Value, string Language, string Text, bool Found, int FalsePositives);

    public List<Outcome> Outcomes { get; }

    public int Found => Outcomes.Count(o => o.Found);

    public static SeededRecall Measure(List<SeededValue> values, List<(string Language, string Sentence)> contexts)
    {
        var outcomes = new List<Outcome>();
        foreach (var value in values)
        {
            foreach (var (language, sentence) in contexts)
            {
                var start = sentence.IndexOf("{0}", StringComparison.Ordinal);
                var text = string.Concat(sentence.AsSpan(0, start), value.Value, sentence.AsSpan(start + 3));
                var expected = string.Concat(sentence.AsSpan(0, start), PersonalDataDetector.MaskOf(value.Kind), sentence.AsSpan(start + 3));
                var spans = PersonalDataDetector.TagPersonalData(text).Spans;
                var exact = spans.Where(s => s.Kind == value.Kind && s.Start == start && s.Length == value.Value.Length).ToList();
                var marked = exact.Any(s => s.Confidence > 0 && s.Why.Length > 0);
                var masked = PersonalDataDetector.Mask(text) == expected;
                outcomes.Add(new Outcome(value, language, text, marked && masked, spans.Count - exact.Count));
            }
        }

        return new SeededRecall(outcomes);
    }

    /// <summary>language TAB sentence with one {0}; the languages in file order.</summary>
    public static List<(string Language, string Sentence)> ReadContexts(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Select(f =>
            f.Length == 2 && f[1].Split("{0}").Length == 2 ? (f[0], f[1]) : throw new InvalidDataException($"{path}: '{string.Join('\t', f)}' is not 'language TAB sentence with one {{0}}'."))];
}
