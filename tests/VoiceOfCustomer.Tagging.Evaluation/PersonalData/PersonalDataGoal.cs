using System.Globalization;
using System.Text;
using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Tagging.Evaluation.PersonalData;

/// <summary>
/// The issue's ask for personal data, as a measured goal: every valid email, phone, Luhn-checked card, IBAN and token
/// URL of the seeded set is detected, masked and marked in every language's sentence (recall 1.00), and nothing is
/// detected in the shipped datasets' texts beyond the hand-checked detections listed.
/// </summary>
internal static class PersonalDataGoal
{
    public static string Render(SeededRecall seeded, DatasetSweep sweep, int values, int languages)
    {
        var recall = (double)seeded.Found / seeded.Outcomes.Count;
        var seededMet = seeded.Found == seeded.Outcomes.Count;
        var sweepMet = sweep.Unlisted.Count == 0 && sweep.LostListed.Count == 0;
        var byKind = string.Join(", ", seeded.Outcomes.GroupBy(o => o.Value.Kind).Select(g => $"{Name(g.Key)} {g.Count(o => o.Found)}/{g.Count()}"));
        var md = new StringBuilder()
            .AppendLine("### Goal: valid cases in every language, and nothing else in the shipped datasets")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Goal: every seeded valid case detected with its exact span, masked and marked, in every language's sentence (recall 1.00), **{(seededMet ? "met" : "not met")}**: recall {recall:F2} ({seeded.Found}/{seeded.Outcomes.Count}: {byKind}); no detection in the {sweep.Texts:N0} texts of the shipped datasets besides the {sweep.Listed.Count + sweep.LostListed.Count} listed, checked ones, **{(sweepMet ? "met" : "not met")}** ({sweep.Unlisted.Count} unlisted, {sweep.Listed.Count} listed found, {sweep.LostListed.Count} listed lost).")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Seeded set: {values} valid values (PersonalData/seeded-values.tsv: published test cards and registry IBANs, checked here with Luhn")
            .AppendLine(CultureInfo.InvariantCulture, $"and mod 97; phones written as their owners would, international, national with the trunk 0 or North American; example")
            .AppendLine(CultureInfo.InvariantCulture, $"emails and token links), each put into a sentence in each of {languages} languages (PersonalData/seeded-contexts.tsv, no phone")
            .AppendLine("words). Found means the exact span with a confidence and a why, and `Mask` replacing exactly it; a false positive is any")
            .AppendLine("other span in the sentence.")
            .AppendLine()
            .AppendLine("| kind | cases | found, masked, marked | recall | false positives |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var kind in seeded.Outcomes.GroupBy(o => o.Value.Kind))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Name(kind.Key)} | {kind.Count()} | {kind.Count(o => o.Found)} | {(double)kind.Count(o => o.Found) / kind.Count():F2} | {kind.Sum(o => o.FalsePositives)} |");
        }

        AppendLanguages(md, seeded);
        AppendMisses(md, seeded);
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Shipped datasets: {sweep.Texts:N0} texts (VADER's three sets, mini-BAR's reviews, the 67-language evaluation texts).");
        md.AppendLine().AppendLine("| source | kind | found | status |").AppendLine("| --- | --- | --- | --- |");
        sweep.Listed.ForEach(d => md.AppendLine(CultureInfo.InvariantCulture, $"| {d} | listed, checked (PersonalData/dataset-detections.tsv) |"));
        sweep.Unlisted.ForEach(d => md.AppendLine(CultureInfo.InvariantCulture, $"| {d} | **not listed** |"));
        sweep.LostListed.ForEach(d => md.AppendLine(CultureInfo.InvariantCulture, $"| {d} | **listed, no longer found** |"));
        return md.ToString();
    }

    private static void AppendLanguages(StringBuilder md, SeededRecall seeded)
    {
        var kinds = seeded.Outcomes.Select(o => o.Value.Kind).Distinct().ToList();
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"| language | {string.Join(" | ", kinds.Select(Name))} | recall |")
            .AppendLine(CultureInfo.InvariantCulture, $"| --- |{string.Concat(kinds.Select(_ => " ---: |"))} ---: |");
        foreach (var language in seeded.Outcomes.GroupBy(o => o.Language))
        {
            var cells = kinds.Select(k => language.Where(o => o.Value.Kind == k)).Select(c => $"{c.Count(o => o.Found)}/{c.Count()}");
            md.AppendLine(CultureInfo.InvariantCulture, $"| {language.Key} | {string.Join(" | ", cells)} | {(double)language.Count(o => o.Found) / language.Count():F2} |");
        }
    }

    // One example per language and kind, so a whole script's misses read as one line, not dozens.
    private static void AppendMisses(StringBuilder md, SeededRecall seeded)
    {
        var misses = seeded.Outcomes.Where(o => !o.Found || o.FalsePositives > 0).GroupBy(o => (o.Language, o.Value.Kind)).ToList();
        if (misses.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("| language | kind | missed | with false positives | example |").AppendLine("| --- | --- | ---: | ---: | --- |");
        foreach (var group in misses)
        {
            var example = group.First();
            var spans = PersonalDataDetector.TagPersonalData(example.Text).Spans.Select(s => $"{Name(s.Kind)} `{example.Text.Substring(s.Start, s.Length)}`");
            md.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key.Language} | {Name(group.Key.Kind)} | {group.Count(o => !o.Found)} | {group.Count(o => o.FalsePositives > 0)} | \"{example.Text}\": found {(spans.Any() ? string.Join(", ", spans) : "nothing")} |");
        }
    }

    private static string Name(PersonalDataKind kind) => kind.ToString().ToLowerInvariant();
}
