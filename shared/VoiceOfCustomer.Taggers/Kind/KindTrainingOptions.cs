namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// How <see cref="KindTrainer"/> fits the model: hash size, AdaGrad epochs and step, L2 strength, the seed that
/// makes training repeatable, and the folds used to tune each kind's threshold on the training data only. The
/// defaults were chosen by 5-fold cross-validation on both minibar apps (docs/tagging/kind.md), not on a test set.
/// </summary>
public sealed record KindTrainingOptions
{
    public static KindTrainingOptions Default { get; } = new();

    /// <summary>2^HashBits weight buckets per kind.</summary>
    public int HashBits { get; init; } = 18;

    public int Epochs { get; init; } = 5;

    public float LearningRate { get; init; } = 0.1f;

    public float L2 { get; init; } = 1e-4f;

    public int Seed { get; init; } = 20240611;

    /// <summary>Examples of a language the model needs (training and corrections) before it tags that language.</summary>
    public int MinExamplesForModel { get; init; } = 300;

    /// <summary>Folds of the training data whose out-of-fold probabilities tune the thresholds (1 = keep 0.5).</summary>
    public int ThresholdFolds { get; init; } = 5;
}
