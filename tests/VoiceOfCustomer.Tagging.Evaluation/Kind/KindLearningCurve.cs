using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Evaluation.Kind;

/// <summary>
/// Accuracy against number of corrections: feeds corrections one by one through <see cref="KindClassifier.Learn"/>
/// and measures the per-label counts on held-out items after each checkpoint.
/// </summary>
internal static class KindLearningCurve
{
    public static List<(int Corrections, Dictionary<FeedbackKind, LabelCounts> Counts)> Measure(
        KindClassifier classifier, IReadOnlyList<KindExample> corrections, IReadOnlyList<KindExample> heldOut, IReadOnlyList<int> checkpoints)
    {
        var rows = new List<(int, Dictionary<FeedbackKind, LabelCounts>)>();
        var fed = 0;
        foreach (var checkpoint in checkpoints.Where(c => c <= corrections.Count))
        {
            for (; fed < checkpoint; fed++)
            {
                var correction = corrections[fed];
                classifier.Learn(correction.Text, correction.Language, correction.Kinds);
            }

            var counts = KindMeasure.NewCounts();
            KindMeasure.Count(classifier, heldOut, counts);
            rows.Add((checkpoint, counts));
        }

        return rows;
    }
}
