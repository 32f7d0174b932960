using System.Diagnostics;
using System.Globalization;
using System.Text;
using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Evaluation.Kind;

/// <summary>
/// The kind classifier on tests/datasets/minibar_en: 5-fold cross-validation per app and on both, across apps
/// (train on one, test on the other), the learning curve of online corrections, and classification speed.
/// </summary>
internal sealed class KindEvaluation : IEvaluation
{
    private static readonly int[] Checkpoints = [0, 25, 50, 100, 200, 400, 800, 1400];

    public string Name => "kind";

    public int Order => 40;

    public Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var options = KindTrainingOptions.Default;
        var (garmin, huawei) = ReadApps(context);
        var both = garmin.Concat(huawei).ToList();
        var section = new StringBuilder();
        section.AppendLine("## Kind of feedback (problem report, feature request, praise, question, other)").AppendLine();
        section.AppendLine("""
            Our own hashed n-gram logistic regression (docs/tagging/kind.md) on tests/datasets/minibar_en (two apps,
            2,000 English reviews each, labeled by people). Problem report and feature request are the human labels;
            praise and question are weak labels (praise: 4-5 stars and labeled neither; question: a question mark or a
            question phrase), so their figures measure agreement with those rules, not with people. Other: none of
            the four. Thresholds are tuned by 5-fold cross-validation inside each training set only.
            """).AppendLine();

        section.AppendLine("### Cross-validation (5 folds)").AppendLine();
        Table(section, [("garmin", KindMeasure.CrossValidate(garmin, 5, options)), ("huawei", KindMeasure.CrossValidate(huawei, 5, options)), ("both", KindMeasure.CrossValidate(both, 5, options))]);
        context.Log.WriteLine("kind: cross-validation done");

        section.AppendLine("### Across apps (train on one app, test on the other)").AppendLine();
        var acrossApps = new[] { ("garmin -> huawei", KindMeasure.TrainAndTest(garmin, huawei, options)), ("huawei -> garmin", KindMeasure.TrainAndTest(huawei, garmin, options)) };
        section.AppendLine(CultureInfo.InvariantCulture, $"Goals across apps: {Goal(acrossApps, FeedbackKind.ProblemReport, 0.80)}; {Goal(acrossApps, FeedbackKind.FeatureRequest, 0.70)}.");
        if (acrossApps.Min(r => r.Item2[FeedbackKind.FeatureRequest].F1) < 0.70)
        {
            section.AppendLine("Why feature request falls short: about half of minibar's request labels have no explicit request wording, and the two apps "
                + "label the same wordings differently (\"add a\" is a request 3 times in 7 in one app, 18 in 18 in the other); even a threshold "
                + "chosen on the test app's own labels does not reach 0.70. The section \"how consistent minibar's feature request label is\" "
                + "below measures this, and docs/tagging/kind.md lists what was tried.");
        }

        section.AppendLine();
        Table(section, acrossApps);
        context.Log.WriteLine("kind: across apps done");

        section.AppendLine("### Accuracy against number of corrections").AppendLine();
        section.AppendLine(CultureInfo.InvariantCulture, $"""
            A model trained on one app, then the other app's items fed one at a time through `Learn` as corrections (step
            {KindClassifier.OnlineLearningRate}), measured on a held-out 30% of that other app (thresholds stay those of the first app).
            """).AppendLine();
        LearningCurve(section, "garmin -> huawei", garmin, huawei, options);
        LearningCurve(section, "huawei -> garmin", huawei, garmin, options);
        context.Log.WriteLine("kind: learning curve done");

        section.AppendLine("### Speed").AppendLine();
        Speed(section, both, options);
        return Task.FromResult(section.ToString());
    }

    internal static (List<KindExample> Garmin, List<KindExample> Huawei) ReadApps(EvaluationContext context)
    {
        var phrases = KindPhrases.Default;
        var apps = MinibarReview.Files
            .Select(f => MinibarReview.Read(Path.Combine(context.Datasets, "minibar_en", f)).Select(r => r.Example(phrases)).ToList())
            .ToList();
        return (apps[0], apps[1]);
    }

    private static string Goal((string Setting, Dictionary<FeedbackKind, LabelCounts> Counts)[] results, FeedbackKind kind, double goal)
    {
        var worst = results.Min(r => r.Counts[kind].F1);
        var figures = string.Join(", ", results.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Setting} {r.Counts[kind].F1:F3}")));
        return string.Create(CultureInfo.InvariantCulture, $"{FeedbackKindNames.Name(kind)} F1 at least {goal:F2}, **{(worst >= goal ? "met" : "not met")}** ({figures})");
    }

    private static void Table(StringBuilder section, IEnumerable<(string Setting, Dictionary<FeedbackKind, LabelCounts> Counts)> results)
    {
        section.AppendLine("| setting | label | precision | recall | F1 | items with the label |");
        section.AppendLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var (setting, counts) in results)
        {
            foreach (var label in KindMeasure.Labels)
            {
                var c = counts[label];
                var weak = label is FeedbackKind.Praise or FeedbackKind.Question or FeedbackKind.Other ? " (weak)" : "";
                section.AppendLine(CultureInfo.InvariantCulture, $"| {setting} | {FeedbackKindNames.Name(label)}{weak} | {c.Precision:F3} | {c.Recall:F3} | {c.F1:F3} | {c.Support:N0} |");
            }
        }

        section.AppendLine();
    }

    private static void LearningCurve(StringBuilder section, string setting, List<KindExample> from, List<KindExample> to, KindTrainingOptions options)
    {
        var order = Enumerable.Range(0, to.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var heldOut = order.Take(to.Count * 3 / 10).Select(i => to[i]).ToList();
        var corrections = order.Skip(heldOut.Count).Select(i => to[i]).ToList();
        var rows = KindLearningCurve.Measure(KindTrainer.Train(from, options), corrections, heldOut, Checkpoints);
        section.AppendLine(CultureInfo.InvariantCulture, $"{setting} ({heldOut.Count:N0} held out):").AppendLine();
        section.AppendLine("| corrections | problem_report F1 | feature_request F1 | praise F1 (weak) | question F1 (weak) |");
        section.AppendLine("| ---: | ---: | ---: | ---: | ---: |");
        foreach (var (corrected, counts) in rows)
        {
            section.AppendLine(CultureInfo.InvariantCulture,
                $"| {corrected:N0} | {counts[FeedbackKind.ProblemReport].F1:F3} | {counts[FeedbackKind.FeatureRequest].F1:F3} | {counts[FeedbackKind.Praise].F1:F3} | {counts[FeedbackKind.Question].F1:F3} |");
        }

        section.AppendLine();
    }

    private static void Speed(StringBuilder section, List<KindExample> items, KindTrainingOptions options)
    {
        var classifier = KindTrainer.Train(items, options);
        using var file = new MemoryStream();
        classifier.Save(file);
        var loads = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            file.Position = 0;
            var watch = Stopwatch.StartNew();
            classifier = KindClassifier.Load(file);
            loads.Add(watch.Elapsed.TotalMilliseconds);
        }

        const int Passes = 10;
        var tagged = 0;
        foreach (var item in items)
        {
            tagged += classifier.Tag(item.Text, "en").Kinds.Count; // warm up
        }

        var tagging = Stopwatch.StartNew();
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var item in items)
            {
                tagged += classifier.Tag(item.Text, "en").Kinds.Count;
            }
        }

        tagging.Stop();
        var phraseTagging = Stopwatch.StartNew();
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var item in items)
            {
                tagged += classifier.Tag(item.Text, "fr").Kinds.Count;
            }
        }

        phraseTagging.Stop();
        var learning = Stopwatch.StartNew();
        foreach (var item in items)
        {
            classifier.Learn(item.Text, item.Language, item.Kinds);
        }

        learning.Stop();
        var count = items.Count * Passes;
        var meanLength = items.Average(i => i.Text.Length);
        section.AppendLine(CultureInfo.InvariantCulture, $"""
            One thread, {items.Count:N0} minibar reviews (mean {meanLength:F0} characters) tagged {Passes} times after a warm-up pass ({tagged:N0} kinds assigned in all):

            | what | figure |
            | --- | ---: |
            | tag with the model (English) | {count / tagging.Elapsed.TotalSeconds:N0} items/s ({tagging.Elapsed.TotalMicroseconds / count:F1} µs per item, why included) |
            | tag with phrases (the same texts as French) | {count / phraseTagging.Elapsed.TotalSeconds:N0} items/s |
            | learn one correction | {items.Count / learning.Elapsed.TotalSeconds:N0} corrections/s |
            | model file (trained on both apps) | {file.Length / 1024.0:N0} KiB |
            | load the model (median of 5) | {loads.Order().ElementAt(2):F0} ms |

            """);
    }
}
