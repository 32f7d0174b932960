using System.Collections.Concurrent;

namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// The learned part: one binary logistic regression per learned kind over shared hashed features. Weights are laid
/// out bucket by bucket (all kinds of one bucket side by side) so scoring reads one cache line per feature. Also
/// keeps each kind's decision threshold and how many examples of each language it has learned from.
/// </summary>
internal sealed class KindModel
{
    public KindModel(int hashBits, FeedbackKind[] kinds, float[] weights, float[] bias, float[] thresholds, ConcurrentDictionary<string, int> examplesByLanguage, int minExamplesForModel)
    {
        if (weights.Length != (1 << hashBits) * kinds.Length || bias.Length != kinds.Length || thresholds.Length != kinds.Length)
        {
            throw new ArgumentException("the weights, bias and thresholds do not match the hash size and the kinds");
        }

        HashBits = hashBits;
        Kinds = kinds;
        Weights = weights;
        Bias = bias;
        Thresholds = thresholds;
        ExamplesByLanguage = examplesByLanguage;
        MinExamplesForModel = minExamplesForModel;
    }

    /// <summary>Examples of a language needed before the model tags it (below that, phrases do).</summary>
    public int MinExamplesForModel { get; }

    public int HashBits { get; }

    public FeedbackKind[] Kinds { get; }

    /// <summary>Bucket-major: the weight of kind k for bucket b is at b * Kinds.Length + k.</summary>
    public float[] Weights { get; }

    public float[] Bias { get; }

    public float[] Thresholds { get; }

    /// <summary>How many examples of each language (primary subtag) it has learned from, corrections included.</summary>
    public ConcurrentDictionary<string, int> ExamplesByLanguage { get; }

    public static KindModel Empty(int hashBits, FeedbackKind[] kinds, int minExamplesForModel) =>
        new(hashBits, kinds, new float[(1 << hashBits) * kinds.Length], new float[kinds.Length], Enumerable.Repeat(0.5f, kinds.Length).ToArray(),
            new ConcurrentDictionary<string, int>(StringComparer.Ordinal), minExamplesForModel);

    /// <summary>Writes each kind's probability for these features into <paramref name="probabilities"/>.</summary>
    public void Probabilities(ReadOnlySpan<FeatureSpan> features, Span<float> probabilities)
    {
        var kinds = Kinds.Length;
        Bias.CopyTo(probabilities);
        var textValue = KindFeatures.TextValue(features);
        foreach (var feature in features)
        {
            var value = feature.IsMeta ? 1f : textValue;
            var row = Weights.AsSpan(feature.Bucket * kinds, kinds);
            for (var k = 0; k < kinds; k++)
            {
                probabilities[k] += row[k] * value;
            }
        }

        for (var k = 0; k < kinds; k++)
        {
            probabilities[k] = Sigmoid(probabilities[k]);
        }
    }

    /// <summary>
    /// One plain gradient step of the log loss towards <paramref name="kinds"/> (an online correction), with L2
    /// shrinking only the weights this item touches.
    /// </summary>
    public void Step(ReadOnlySpan<FeatureSpan> features, IReadOnlySet<FeedbackKind> kinds, float learningRate, float l2)
    {
        Span<float> probabilities = stackalloc float[Kinds.Length];
        Probabilities(features, probabilities);
        var textValue = KindFeatures.TextValue(features);
        for (var k = 0; k < Kinds.Length; k++)
        {
            var error = probabilities[k] - (kinds.Contains(Kinds[k]) ? 1f : 0f);
            Bias[k] -= learningRate * error;
            foreach (var feature in features)
            {
                ref var weight = ref Weights[(feature.Bucket * Kinds.Length) + k];
                weight -= learningRate * ((error * (feature.IsMeta ? 1f : textValue)) + (l2 * weight));
            }
        }
    }

    public int ExamplesOf(string language) => ExamplesByLanguage.GetValueOrDefault(language);

    public static float Sigmoid(float logit) => 1 / (1 + MathF.Exp(-logit));
}
