using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Evaluation.Kind;

/// <summary>
/// The kind model shipped in the taggers (Kind/Data/kind-model.bin): how it is built from both minibar apps, and the
/// one place that writes it (`-- build-kind-model`), so that measuring (`--write docs/evaluation.md`) never changes it.
/// </summary>
internal static class ShippedKindModel
{
    public const string Command = "build-kind-model";

    public static string PathIn(EvaluationContext context) =>
        Path.Combine(context.RepositoryRoot, "shared", "VoiceOfCustomer.Taggers", "Kind", "Data", "kind-model.bin");

    /// <summary>Trains on both apps with the default options; deterministic, so the same data gives the same bytes.</summary>
    public static (KindClassifier Classifier, byte[] Bytes, int Examples) Build(EvaluationContext context)
    {
        var (garmin, huawei) = KindEvaluation.ReadApps(context);
        var examples = garmin.Concat(huawei).ToList();
        var classifier = KindTrainer.Train(examples, KindTrainingOptions.Default);
        using var file = new MemoryStream();
        classifier.Save(file);
        return (classifier, file.ToArray(), examples.Count);
    }

    public static async Task<bool> IsShippedAsync(EvaluationContext context, byte[] bytes, CancellationToken cancellationToken)
    {
        var path = PathIn(context);
        return File.Exists(path) && (await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(bytes);
    }

    /// <summary>Rebuilds and writes the shipped model (Kind/build-kind-model.sh); returns what it did, for the log.</summary>
    public static async Task<string> WriteAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var (_, bytes, _) = Build(context);
        var path = PathIn(context);
        if (await IsShippedAsync(context, bytes, cancellationToken))
        {
            return $"{path} unchanged ({bytes.Length:N0} bytes)";
        }

        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        return $"{path} written ({bytes.Length:N0} bytes)";
    }
}
