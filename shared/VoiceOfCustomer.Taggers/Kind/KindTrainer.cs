namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// Trains the kind model from labeled examples, deterministically: AdaGrad over shuffled epochs (a fixed seed) of
/// L2-regularized logistic regression, one per learned kind, then each kind's threshold set to the one with the best
/// (smoothed) F1 on out-of-fold probabilities of the same training data.
/// </summary>
public static class KindTrainer
{
    /// <summary>How many 0.01 steps either side of a threshold its F1 is averaged over when thresholds are tuned.</summary>
    private const int ThresholdSmoothing = 4;

    /// <summary>The kinds the model learns; <see cref="FeedbackKind.Other"/> is what is left when none applies.</summary>
    public static IReadOnlyList<FeedbackKind> LearnedKinds { get; } =
        [FeedbackKind.ProblemReport, FeedbackKind.FeatureRequest, FeedbackKind.Praise, FeedbackKind.Question];

    public static KindClassifier Train(IReadOnlyList<KindExample> examples, KindTrainingOptions? options = null, KindPhrases? phrases = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= KindTrainingOptions.Default;
        phrases ??= KindPhrases.Default;
        var encoded = examples.Select(e => Encode(e, options.HashBits, phrases)).ToArray();
        var thresholds = options.ThresholdFolds > 1 ? TuneThresholds(encoded, options) : [.. LearnedKinds.Select(_ => 0.5f)];
        var model = Fit(encoded, [.. Enumerable.Range(0, encoded.Length)], options);
        thresholds.CopyTo(model.Thresholds, 0);
        foreach (var group in examples.GroupBy(e => KindClassifier.PrimaryLanguage(e.Language)))
        {
            model.ExamplesByLanguage[group.Key] = group.Count();
        }

        return new KindClassifier(model, phrases);
    }

    private static EncodedExample Encode(KindExample example, int hashBits, KindPhrases phrases)
    {
        var folded = new char[example.Text.Length];
        var features = new FeatureSpan[KindFeatures.Capacity(example.Text.Length)];
        var count = KindFeatures.Extract(example.Text, KindClassifier.PrimaryLanguage(example.Language), phrases, folded, features, new int[KindClassifier.MaxPhraseHits], out _, hashBits);
        var targets = LearnedKinds.Select(k => example.Kinds.Contains(k) ? 1f : 0f).ToArray();
        return new EncodedExample(features[..count], targets);
    }

    private static KindModel Fit(EncodedExample[] examples, int[] order, KindTrainingOptions options)
    {
        var kinds = LearnedKinds.ToArray();
        var model = KindModel.Empty(options.HashBits, kinds, options.MinExamplesForModel);
        var squaredGradients = new float[model.Weights.Length];
        var squaredBiasGradients = new float[kinds.Length];
        var random = new SplitMix(options.Seed);
        Span<float> probabilities = stackalloc float[kinds.Length];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                model.Probabilities(example.Features, probabilities);
                var textValue = KindFeatures.TextValue(example.Features);
                for (var k = 0; k < kinds.Length; k++)
                {
                    var error = probabilities[k] - example.Targets[k];
                    squaredBiasGradients[k] += error * error;
                    model.Bias[k] -= options.LearningRate * error / MathF.Sqrt(squaredBiasGradients[k] + 1e-6f);
                    foreach (var feature in example.Features)
                    {
                        var at = (feature.Bucket * kinds.Length) + k;
                        var gradient = (error * (feature.IsMeta ? 1f : textValue)) + (options.L2 * model.Weights[at]);
                        squaredGradients[at] += gradient * gradient;
                        model.Weights[at] -= options.LearningRate * gradient / MathF.Sqrt(squaredGradients[at] + 1e-6f);
                    }
                }
            }
        }

        return model;
    }

    private static float[] TuneThresholds(EncodedExample[] examples, KindTrainingOptions options)
    {
        var kinds = LearnedKinds.Count;
        var outOfFold = new float[examples.Length][];
        var folds = Folds(examples.Length, options.ThresholdFolds, options.Seed);
        Span<float> probabilities = stackalloc float[kinds];
        for (var fold = 0; fold < options.ThresholdFolds; fold++)
        {
            var training = Enumerable.Range(0, examples.Length).Where(i => folds[i] != fold).ToArray();
            var model = Fit(examples, training, options);
            for (var i = 0; i < examples.Length; i++)
            {
                if (folds[i] == fold)
                {
                    model.Probabilities(examples[i].Features, probabilities);
                    outOfFold[i] = probabilities.ToArray();
                }
            }
        }

        return [.. Enumerable.Range(0, kinds).Select(k => BestThreshold(outOfFold.Select(p => p[k]).ToArray(), examples.Select(e => e.Targets[k] > 0).ToArray()))];
    }

    /// <summary>
    /// The threshold between 0.05 and 0.95 with the best F1 averaged over its neighbours (0.04 either side), so a
    /// lucky spike of the out-of-fold F1 curve does not pick it; 0.5 when there is nothing positive to find.
    /// </summary>
    internal static float BestThreshold(float[] probabilities, bool[] truths)
    {
        if (!truths.Contains(true))
        {
            return 0.5f;
        }

        var f1 = new double[100];
        for (var step = 1; step < f1.Length; step++)
        {
            var threshold = step / 100f;
            int truePositives = 0, falsePositives = 0, falseNegatives = 0;
            for (var i = 0; i < probabilities.Length; i++)
            {
                var predicted = probabilities[i] >= threshold;
                truePositives += predicted && truths[i] ? 1 : 0;
                falsePositives += predicted && !truths[i] ? 1 : 0;
                falseNegatives += !predicted && truths[i] ? 1 : 0;
            }

            f1[step] = 2.0 * truePositives / Math.Max(1, (2 * truePositives) + falsePositives + falseNegatives);
        }

        var best = (Threshold: 0.5f, F1: -1.0);
        for (var step = 5; step <= 95; step++)
        {
            var smoothed = f1[(step - ThresholdSmoothing)..(step + ThresholdSmoothing + 1)].Average();
            if (smoothed > best.F1)
            {
                best = (step / 100f, smoothed);
            }
        }

        return best.Threshold;
    }

    /// <summary>Which fold each example falls in: a seeded shuffle dealt round-robin, so folds differ by one at most.</summary>
    internal static int[] Folds(int count, int folds, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new SplitMix(seed ^ 0x5F0D).Shuffle(order);
        var fold = new int[count];
        for (var rank = 0; rank < count; rank++)
        {
            fold[order[rank]] = rank % folds;
        }

        return fold;
    }

    private sealed record EncodedExample(FeatureSpan[] Features, float[] Targets);
}
