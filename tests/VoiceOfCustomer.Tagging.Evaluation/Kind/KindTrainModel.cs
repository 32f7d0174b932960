using System.Diagnostics;
using System.Globalization;
using System.Text;
using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Evaluation.Kind;

/// <summary>
/// Builds the shipped kind model (`-- kind-train`, or Kind/build-kind-model.sh): trains on both minibar apps with
/// the default options and writes shared/VoiceOfCustomer.Taggers/Kind/Data/kind-model.bin. Training is
/// deterministic, so rerunning it on the same data rewrites the same bytes; the section says whether they changed.
/// </summary>
internal sealed class KindTrainModel : IEvaluation
{
    public string Name => "kind-train";

    public int Order => 41;

    public async Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var (garmin, huawei) = KindEvaluation.ReadApps(context);
        var examples = garmin.Concat(huawei).ToList();
        var watch = Stopwatch.StartNew();
        var classifier = KindTrainer.Train(examples, KindTrainingOptions.Default);
        var trainingSeconds = watch.Elapsed.TotalSeconds;
        using var file = new MemoryStream();
        classifier.Save(file);
        var bytes = file.ToArray();
        var path = Path.Combine(context.RepositoryRoot, "shared", "VoiceOfCustomer.Taggers", "Kind", "Data", "kind-model.bin");
        var unchanged = File.Exists(path) && (await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(bytes);
        if (!unchanged)
        {
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        }

        await context.Log.WriteLineAsync($"kind-train: {path} {(unchanged ? "unchanged" : "written")} ({bytes.Length:N0} bytes)");
        var section = new StringBuilder();
        section.AppendLine("## Kind: the shipped model").AppendLine();
        section.AppendLine(CultureInfo.InvariantCulture, $"""
            Trained on both minibar apps ({examples.Count:N0} reviews) in {trainingSeconds:F1} s with the default options
            (2^{KindTrainingOptions.Default.HashBits} buckets, {KindTrainingOptions.Default.Epochs} AdaGrad epochs, step {KindTrainingOptions.Default.LearningRate}, L2 {KindTrainingOptions.Default.L2}, seed {KindTrainingOptions.Default.Seed});
            Kind/Data/kind-model.bin is {bytes.Length / 1024.0:N0} KiB ({(unchanged ? "unchanged by this run" : "rewritten by this run")}).

            | kind | threshold (tuned by 5-fold cross-validation) |
            | --- | ---: |
            """);
        foreach (var kind in classifier.LearnedKinds)
        {
            section.AppendLine(CultureInfo.InvariantCulture, $"| {FeedbackKindNames.Name(kind)} | {classifier.Threshold(kind):F2} |");
        }

        return section.ToString();
    }
}
