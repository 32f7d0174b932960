using System.Globalization;
using System.Text;
using VoiceOfCustomer.Taggers.PersonalData;
using VoiceOfCustomer.Tagging.Evaluation.Taxonomy;

namespace VoiceOfCustomer.Tagging.Evaluation.PersonalData;

/// <summary>
/// Precision and recall of the personal-data detector per kind on personal-data-cases.txt, a labelled set of tricky
/// strings written for this project (exact spans: a span found with the wrong bounds is one false positive and one
/// miss), with every mistake listed, and the time per text; then the goal (<see cref="PersonalDataGoal"/>): recall on
/// seeded valid cases in many languages, and no unlisted detection in the shipped datasets.
/// </summary>
internal sealed class PersonalDataEvaluation : IEvaluation
{
    private const int TimedRounds = 2_000;

    public string Name => "personal-data";

    public int Order => 60;

    public Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var cases = LabelledText.Read(Path.Combine(context.EvaluationFolder, "PersonalData", "personal-data-cases.txt"));
        var counts = Enum.GetValues<PersonalDataKind>().ToDictionary(k => k, _ => (Right: 0, Wrong: 0, Missed: 0));
        var mistakes = new List<string>();
        foreach (var labelled in cases)
        {
            var found = PersonalDataDetector.TagPersonalData(labelled.Text).Spans.Select(s => (s.Kind, s.Start, s.Length)).ToHashSet();
            foreach (var span in found)
            {
                var right = labelled.Expected.Contains(span);
                counts[span.Kind] = right ? counts[span.Kind] with { Right = counts[span.Kind].Right + 1 } : counts[span.Kind] with { Wrong = counts[span.Kind].Wrong + 1 };
                if (!right)
                {
                    mistakes.Add($"| false positive | {span.Kind} | `{labelled.Text.Substring(span.Start, span.Length)}` in \"{labelled.Text}\" |");
                }
            }

            foreach (var span in labelled.Expected.Where(e => !found.Contains(e)))
            {
                counts[span.Kind] = counts[span.Kind] with { Missed = counts[span.Kind].Missed + 1 };
                mistakes.Add($"| missed | {span.Kind} | `{labelled.Text.Substring(span.Start, span.Length)}` in \"{labelled.Text}\" |");
            }
        }

        var report = new StringBuilder()
            .AppendLine("## Personal data")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{cases.Count} tricky strings written for this project (tests/VoiceOfCustomer.Tagging.Evaluation/PersonalData/personal-data-cases.txt:")
            .AppendLine("published test card numbers and IBANs, made-up addresses and phones, and dates, versions, order numbers, amounts,")
            .AppendLine("Luhn-valid non-card numbers and plain links meant to tempt false positives). A small hand-made set, so these figures")
            .AppendLine("say which traps are handled, not a rate to expect on real feedback. Spans must match exactly.")
            .AppendLine()
            .AppendLine("| kind | labelled | found right | false positives | missed | precision | recall |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (kind, (right, wrong, missed)) in counts)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {right + missed} | {right} | {wrong} | {missed} | {Ratio(right, right + wrong)} | {Ratio(right, right + missed)} |");
        }

        var total = (Right: counts.Values.Sum(c => c.Right), Wrong: counts.Values.Sum(c => c.Wrong), Missed: counts.Values.Sum(c => c.Missed));
        report.AppendLine(CultureInfo.InvariantCulture, $"| all | {total.Right + total.Missed} | {total.Right} | {total.Wrong} | {total.Missed} | {Ratio(total.Right, total.Right + total.Wrong)} | {Ratio(total.Right, total.Right + total.Missed)} |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Time per text (mean {cases.Average(c => c.Text.Length):F0} characters, CPU, one thread): {MicrosecondsPerText(cases):F2} µs.");
        if (mistakes.Count > 0)
        {
            report.AppendLine().AppendLine("| mistake | kind | text |").AppendLine("| --- | --- | --- |");
            mistakes.ForEach(m => report.AppendLine(m));
        }

        var folder = Path.Combine(context.EvaluationFolder, "PersonalData");
        var values = SeededValue.Read(Path.Combine(folder, "seeded-values.tsv"));
        var contexts = SeededRecall.ReadContexts(Path.Combine(folder, "seeded-contexts.tsv"));
        report.AppendLine().Append(PersonalDataGoal.Render(SeededRecall.Measure(values, contexts), DatasetSweep.Measure(context), values.Count, contexts.Count));
        return Task.FromResult(report.ToString());
    }

    private static double MicrosecondsPerText(List<LabelledText> cases)
    {
        var sink = cases.Sum(c => PersonalDataDetector.TagPersonalData(c.Text).Spans.Count);
        var clock = new ProcessCpuTime();
        for (var round = 0; round < TimedRounds; round++)
        {
            foreach (var labelled in cases)
            {
                sink += PersonalDataDetector.TagPersonalData(labelled.Text).Spans.Count;
            }
        }

        GC.KeepAlive(sink);
        return clock.CpuSoFar.TotalMicroseconds / (TimedRounds * cases.Count);
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("F2", CultureInfo.InvariantCulture);
}
