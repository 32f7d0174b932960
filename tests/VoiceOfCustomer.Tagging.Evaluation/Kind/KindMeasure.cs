using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Evaluation.Kind;

/// <summary>Trains and measures the kind classifier on labeled examples: per-label counts, cross-validation, across sets.</summary>
internal static class KindMeasure
{
    /// <summary>The labels measured, in table order (other: none of the four, as the weak labels define them).</summary>
    public static readonly FeedbackKind[] Labels =
        [FeedbackKind.ProblemReport, FeedbackKind.FeatureRequest, FeedbackKind.Praise, FeedbackKind.Question, FeedbackKind.Other];

    public static Dictionary<FeedbackKind, LabelCounts> NewCounts() => Labels.ToDictionary(l => l, _ => new LabelCounts());

    public static void Count(KindClassifier classifier, IEnumerable<KindExample> test, Dictionary<FeedbackKind, LabelCounts> counts)
    {
        foreach (var example in test)
        {
            var tag = classifier.Tag(example.Text, example.Language);
            foreach (var label in Labels)
            {
                var truth = label == FeedbackKind.Other ? example.Kinds.Count == 0 : example.Kinds.Contains(label);
                counts[label].Add(tag.Has(label), truth);
            }
        }
    }

    public static Dictionary<FeedbackKind, LabelCounts> TrainAndTest(IReadOnlyList<KindExample> training, IReadOnlyList<KindExample> test, KindTrainingOptions options)
    {
        var counts = NewCounts();
        Count(KindTrainer.Train(training, options), test, counts);
        return counts;
    }

    /// <summary>k-fold cross-validation; the counts of every held-out fold added up.</summary>
    public static Dictionary<FeedbackKind, LabelCounts> CrossValidate(IReadOnlyList<KindExample> examples, int folds, KindTrainingOptions options)
    {
        var counts = NewCounts();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        for (var fold = 0; fold < folds; fold++)
        {
            var test = order.Where((_, rank) => rank % folds == fold).Select(i => examples[i]).ToList();
            var training = order.Where((_, rank) => rank % folds != fold).Select(i => examples[i]).ToList();
            Count(KindTrainer.Train(training, options), test, counts);
        }

        return counts;
    }
}
