using System.Globalization;
using System.Text;
using VoiceOfCustomer.AllInOne.Demo;
using VoiceOfCustomer.Taggers.Taxonomy;
using VoiceOfCustomer.Tagging.Evaluation.Demo;

namespace VoiceOfCustomer.Tagging.Evaluation.DemoAreas;

/// <summary>
/// The area learning curve on the demo's texts: the default taxonomy's phrases alone, then area corrections (demo
/// texts of the training frames, drawn with repeats) fed one at a time through <see cref="AreaLearner.Learn"/>, and
/// the area accuracy per language on the held-out frames after each checkpoint.
/// </summary>
internal sealed class DemoAreaCurveEvaluation : IEvaluation
{
    private const int Seed = 20241122;
    private static readonly int[] CorrectionsPerLanguage = [0, 1, 2, 4, 8, 16, 32, 64];
    private static readonly int[] TrustThresholds = [1, 3, 5, 10];

    public string Name => "demo-area-curve";

    public int Order => 43;

    public Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var random = new Random(Seed);
        var (training, heldOut) = SplitByFrame(DemoItem.All(), random);
        var languages = DemoLanguages.All.Select(l => l.Code).ToList();
        var tagger = ProductAreaTagger.LoadDefault();
        var learner = new AreaLearner();
        var rows = new List<(int Corrections, Dictionary<string, DemoAreaMeasures.Score> ByLanguage, DemoAreaMeasures.Score All, DemoAreaMeasures.ModelShare Model, double[] ByThreshold)>();
        var fed = 0;
        foreach (var checkpoint in CorrectionsPerLanguage)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (; fed < checkpoint; fed++)
            {
                foreach (var language in languages)
                {
                    var correction = training[language][random.Next(training[language].Count)];
                    learner.Learn(correction.Text, DemoTopicAreas.AreaOf[correction.Topic], tagger.Taxonomy);
                }
            }

            rows.Add((checkpoint, languages.ToDictionary(l => l, l => DemoAreaMeasures.Measure(tagger, learner, heldOut.Where(i => i.Language == l)), StringComparer.Ordinal),
                DemoAreaMeasures.Measure(tagger, learner, heldOut), DemoAreaMeasures.Decided(tagger, learner, heldOut), [.. TrustThresholds.Select(t => DemoAreaMeasures.WithThreshold(tagger, learner, heldOut, t))]));
        }

        var japanese = heldOut.First(i => i is { Language: "ja", Topic: "invoice-currency" });
        var before = tagger.TagArea(japanese.Text, "ja");
        var after = tagger.TagArea(japanese.Text, "ja", learner);
        var phrasesOnly = DemoAreaMeasures.MicrosecondsPerItem(tagger, null, heldOut);
        var microseconds = DemoAreaMeasures.MicrosecondsPerItem(tagger, learner, heldOut);
        var first = rows[0].All;
        var last = rows[^1].All;
        var rises = languages.All(l => rows[^1].ByLanguage[l].Accuracy >= rows[0].ByLanguage[l].Accuracy) && last.Accuracy > first.Accuracy;

        var section = new StringBuilder();
        section.AppendLine("## Product area: accuracy against number of corrections, on the demo data").AppendLine();
        section.AppendLine(CultureInfo.InvariantCulture, $"""
            The demo's distinct texts (services/AllInOne/Demo: {languages.Count} languages, {DemoLanguages.TopicKeys.Count} request topics in frames of request,
            problem and praise); each topic's area in the default taxonomy is the truth (export to Excel: reporting, SSO:
            access, offline mode: mobile, invoices: billing, faster dashboards: performance, screen reader and bulk edit:
            usability, webhooks: integrations). In each language a third of the frames (at least one) is held out
            ({heldOut.Count:N0} texts, every topic in frames no correction used); corrections are drawn at random, with
            repeats, from the other frames' texts, the same number in every language, and fed one at a time through
            `AreaLearner.Learn`. The tag is `ProductAreaTagger.TagArea(text, language, learner)`: the phrases, overridden by
            the model for an area with at least {AreaLearner.MinCorrections} corrections when it is at least {AreaLearner.MinProbability:F1} sure. Accuracy:
            the held-out text gets its topic's area; in brackets, the share with no area at all.

            Example (held out, never corrected): "{japanese.Text}" is tagged {Describe(before)} by the phrases alone and
            {Describe(after)} after the last checkpoint. Tagging with the learned model costs {microseconds.Cpu:F1} µs of CPU per
            held-out text, the phrases alone {phrasesOnly.Cpu:F1} µs ({DemoAreaMeasures.TimedRounds} rounds after a warm-up and a pause for the tiered JIT; wall {microseconds.Wall:F1} and
            {phrasesOnly.Wall:F1} µs on a shared machine).

            Goal: area accuracy rises with corrections in every language (the issue sets no figure): **{(rises ? "met" : "not met")}**,
            all languages {first.Accuracy:F2} with phrases alone, {last.Accuracy:F2} after {CorrectionsPerLanguage[^1]} corrections per language
            ({CorrectionsPerLanguage[^1] * languages.Count:N0} in all). Accuracy per language (no-area share in brackets):

            """);
        section.Append("| corrections per language | all |");
        languages.ForEach(l => section.Append(CultureInfo.InvariantCulture, $" {l} |"));
        section.AppendLine().Append("| ---: | ---: |");
        languages.ForEach(_ => section.Append(" ---: |"));
        section.AppendLine();
        foreach (var (corrections, byLanguage, all, _, _) in rows)
        {
            section.Append(CultureInfo.InvariantCulture, $"| {corrections:N0} | {all} |");
            languages.ForEach(l => section.Append(CultureInfo.InvariantCulture, $" {byLanguage[l]} |"));
            section.AppendLine();
        }

        section.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"""
            How often the model decided (all languages) and how often it was right then; and the accuracy the same
            corrections would give if an area were trusted after {string.Join(", ", TrustThresholds)} corrections (same probability bar,
            {AreaLearner.MinProbability:F1}; the shipped threshold is {AreaLearner.MinCorrections}):

            | corrections per language | model decided | model right when it decided | {string.Join(" | ", TrustThresholds.Select(t => $"trusted after {t}"))} |
            | ---: | ---: | ---: | {string.Join(" | ", TrustThresholds.Select(_ => "---:"))} |
            """);
        foreach (var (corrections, _, _, model, byThreshold) in rows)
        {
            section.AppendLine(CultureInfo.InvariantCulture,
                $"| {corrections:N0} | {model.Share:F2} | {(model.Share == 0 ? "-" : model.Precision.ToString("F2", CultureInfo.InvariantCulture))} | {string.Join(" | ", byThreshold.Select(a => a.ToString("F2", CultureInfo.InvariantCulture)))} |");
        }

        return Task.FromResult(section.ToString());
    }

    // Per language, a third of its frames (at least one) held out with every topic; the rest is what corrections draw from.
    private static (Dictionary<string, List<DemoItem>> Training, List<DemoItem> HeldOut) SplitByFrame(List<DemoItem> items, Random random)
    {
        var training = new Dictionary<string, List<DemoItem>>(StringComparer.Ordinal);
        var heldOut = new List<DemoItem>();
        foreach (var language in items.GroupBy(i => i.Language))
        {
            var frames = language.Select(Frame).Distinct(StringComparer.Ordinal).ToArray();
            random.Shuffle(frames);
            var held = frames.Take(Math.Max(1, frames.Length / 3)).ToHashSet(StringComparer.Ordinal);
            heldOut.AddRange(language.Where(i => held.Contains(Frame(i))));
            training[language.Key] = [.. language.Where(i => !held.Contains(Frame(i)))];
        }

        return (training, heldOut);
    }

    // The frame a text was made from: its text with the topic's words taken out.
    private static string Frame(DemoItem item) =>
        item.Text.Replace(DemoLanguages.All.First(l => l.Code == item.Language).Topics[item.Topic], "{0}", StringComparison.Ordinal);

    private static string Describe(AreaTag tag) => tag.AreaId is null
        ? "with no area"
        : $"{tag.AreaId} ({tag.Confidence:F2}; {(tag.Source == AreaSource.Phrases ? "phrases: " : "")}{string.Join(", ", tag.Why)})";
}
