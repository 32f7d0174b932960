namespace VoiceOfCustomer.Tagging.Evaluation.Kind;

/// <summary>True and false positives and false negatives of one label, with precision, recall and F1.</summary>
internal sealed class LabelCounts
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);

    public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);

    public double F1 => 2.0 * TruePositives / Math.Max(1, (2 * TruePositives) + FalsePositives + FalseNegatives);

    public void Add(bool predicted, bool truth)
    {
        TruePositives += predicted && truth ? 1 : 0;
        FalsePositives += predicted && !truth ? 1 : 0;
        FalseNegatives += !predicted && truth ? 1 : 0;
    }
}
