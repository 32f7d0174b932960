using System.Diagnostics;
using System.Globalization;
using System.Text;
using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Evaluation.Kind;

/// <summary>
/// Reports how the shipped kind model is built (`-- kind-train`): trains it again in memory and says whether it is
/// byte for byte the one in Kind/Data/kind-model.bin. It never writes the file: `-- build-kind-model` (or
/// Kind/build-kind-model.sh) does.
/// </summary>
internal sealed class KindTrainModel : IEvaluation
{
    public string Name => "kind-train";

    public int Order => 41;

    public async Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var (classifier, bytes, examples) = ShippedKindModel.Build(context);
        var trainingSeconds = watch.Elapsed.TotalSeconds;
        var shipped = await ShippedKindModel.IsShippedAsync(context, bytes, cancellationToken);
        await context.Log.WriteLineAsync($"kind-train: the model built now is {(shipped ? "the shipped one" : "NOT the shipped one")} ({bytes.Length:N0} bytes)");
        var section = new StringBuilder();
        section.AppendLine("## Kind: the shipped model").AppendLine();
        section.AppendLine(CultureInfo.InvariantCulture, $"""
            Trained on both minibar apps ({examples:N0} reviews) in {trainingSeconds:F1} s with the default options
            (2^{KindTrainingOptions.Default.HashBits} buckets, {KindTrainingOptions.Default.Epochs} AdaGrad epochs, step {KindTrainingOptions.Default.LearningRate}, L2 {KindTrainingOptions.Default.L2}, seed {KindTrainingOptions.Default.Seed}):
            {bytes.Length / 1024.0:N0} KiB, {(shipped ? "byte for byte the shipped Kind/Data/kind-model.bin" : "**not** the shipped Kind/Data/kind-model.bin (rebuild it with shared/VoiceOfCustomer.Taggers/Kind/build-kind-model.sh)")}.
            This section only reports; the model file is written by `-- build-kind-model` alone.

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
