namespace VoiceOfCustomer.Tagging.Evaluation.Sentiment;

/// <summary>
/// How well scores agree with people: Pearson's r with the human mean, and the three-class macro F1 and accuracy
/// with VADER's thresholds (score above +0.05 positive, below -0.05 negative), the human mean being scaled from
/// -4..+4 to -1..+1 (divided by 4) and cut at the same thresholds.
/// </summary>
internal static class Agreement
{
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var meanX = x.Average();
        var meanY = y.Average();
        double covariance = 0, varianceX = 0, varianceY = 0;
        for (var i = 0; i < x.Count; i++)
        {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }

        return covariance / Math.Sqrt(varianceX * varianceY);
    }

    /// <summary>-1 negative, 0 neutral, +1 positive, for a score on -1..+1.</summary>
    public static int Class(double score) => score >= 0.05 ? 1 : score <= -0.05 ? -1 : 0;

    public static int HumanClass(double humanMean) => Class(humanMean / 4);

    public static double Accuracy(IReadOnlyList<int> predicted, IReadOnlyList<int> truth) =>
        predicted.Zip(truth).Count(p => p.First == p.Second) / (double)truth.Count;

    public static double MacroF1(IReadOnlyList<int> predicted, IReadOnlyList<int> truth)
    {
        var f1 = new List<double>();
        foreach (var label in new[] { -1, 0, 1 })
        {
            var pairs = predicted.Zip(truth).ToList();
            var truePositive = pairs.Count(p => p.First == label && p.Second == label);
            var predictedCount = pairs.Count(p => p.First == label);
            var actualCount = pairs.Count(p => p.Second == label);
            if (actualCount == 0)
            {
                continue;
            }

            var precision = predictedCount == 0 ? 0 : truePositive / (double)predictedCount;
            var recall = truePositive / (double)actualCount;
            f1.Add(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }

        return f1.Average();
    }
}
