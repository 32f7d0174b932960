using System.Globalization;
using System.Text;
using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Evaluation.Kind;

/// <summary>SCRATCH sweep, removed before commit.</summary>
internal sealed class KindSweep : IEvaluation
{
    private static readonly System.Text.RegularExpressions.Regex Strong = new(string.Join("|", [
        @"\b(please|pls|plz|kindly) (add|include|provide|make|bring|allow|give|put|introduce)\b",
        @"(^|[.!?]\s*)(add|include|bring back|introduce)\b",
        @"\b(can|could|would|will) (you|u|they|huawei|garmin) (please |pls |plz )?(add|include|make|provide|bring|introduce|allow|give)\b",
        @"\b(it|that|this) would (be|have been) (nice|great|good|better|helpful|useful|awesome|cool)\b",
        @"\b(would|'d) (like|love) (to see|to have|it if|if|a|an|the|more|some)\b",
        @"\bwish (there|it|they|you|i could|garmin|huawei)\b",
        @"\bbring (it )?back\b",
        @"\b(should|needs? to) (add|include|have an option|support)\b",
        @"\b(add|adding) (an? |the )?(option|feature|support|ability)\b",
        @"\b(feature request|suggestion)\b"]), System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);

    public string Name => "kind-sweep";

    private static double Oracle(List<KindExample> from, List<KindExample> to, KindTrainingOptions options)
    {
        var c = KindTrainer.Train(from, options);
        var p = to.Select(e => c.Tag(e.Text, "en").Score(FeedbackKind.FeatureRequest)!.Confidence).ToArray();
        var best = 0.0;
        for (var t = 0.02; t < 0.98; t += 0.01)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < p.Length; i++)
            {
                var truth = to[i].Kinds.Contains(FeedbackKind.FeatureRequest);
                tp += p[i] >= t && truth ? 1 : 0; fp += p[i] >= t && !truth ? 1 : 0; fn += p[i] < t && truth ? 1 : 0;
            }
            best = Math.Max(best, 2.0 * tp / (2 * tp + fp + fn));
        }
        return best;
    }

    public int Order => 99;

    public Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var (garmin, huawei) = KindEvaluation.ReadApps(context);
        var spec = Environment.GetEnvironmentVariable("SWEEP") ?? "base";
        var section = new StringBuilder();
        foreach (var variant in spec.Split(';'))
        {
            var options = KindTrainingOptions.Default;
            KindExperiment.PhraseFeatures = false;
            KindExperiment.NbScaling = false;
            KindExperiment.AverageFolds = false;
            KindExperiment.SmoothThreshold = false;
            KindExperiment.HalfF1Threshold = false;
            KindExperiment.BalancedWeights = false;
            KindExperiment.NoCharGrams = false;
            KindExperiment.PositiveWeight = 1f;
            KindExperiment.NbBeta = 1f;
            foreach (var part in variant.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = part.Split('=');
                var v = kv.Length > 1 ? kv[1] : "";
                switch (kv[0])
                {
                    case "phrase": KindExperiment.PhraseFeatures = true; break;
                    case "seed": options = options with { Seed = int.Parse(v, CultureInfo.InvariantCulture) }; break;
                    case "smooth": KindExperiment.SmoothThreshold = true; break;
                    case "half": KindExperiment.HalfF1Threshold = true; break;
                    case "avg": KindExperiment.AverageFolds = true; break;
                    case "nb": KindExperiment.NbScaling = true; break;
                    case "beta": KindExperiment.NbBeta = float.Parse(v, CultureInfo.InvariantCulture); break;
                    case "bal": KindExperiment.BalancedWeights = true; break;
                    case "pw": KindExperiment.PositiveWeight = float.Parse(v, CultureInfo.InvariantCulture); break;
                    case "nochar": KindExperiment.NoCharGrams = true; break;
                    case "l2": options = options with { L2 = float.Parse(v, CultureInfo.InvariantCulture) }; break;
                    case "ep": options = options with { Epochs = int.Parse(v, CultureInfo.InvariantCulture) }; break;
                    case "lr": options = options with { LearningRate = float.Parse(v, CultureInfo.InvariantCulture) }; break;
                    case "bits": options = options with { HashBits = int.Parse(v, CultureInfo.InvariantCulture) }; break;
                    case "nothr": options = options with { ThresholdFolds = 1 }; break;
                    case "base": case "rule": case "notpr": break;
                    default: throw new ArgumentException(part);
                }
            }

            var rule = variant.Contains("rule", StringComparison.Ordinal);
            var notProblem = variant.Contains("notpr", StringComparison.Ordinal);
            KindMeasure.FeatureDecision = (text, tag) =>
            {
                var cue = rule && Strong.IsMatch(text);
                var fr = tag.Score(FeedbackKind.FeatureRequest)!;
                var pr = tag.Score(FeedbackKind.ProblemReport)!;
                if (cue) return true;
                if (notProblem && fr.Assigned && pr.Assigned && pr.Confidence > fr.Confidence) return false;
                return fr.Assigned;
            };
            var g = KindMeasure.CrossValidate(garmin, 5, options);
            var h = KindMeasure.CrossValidate(huawei, 5, options);
            var gh = KindMeasure.TrainAndTest(garmin, huawei, options);
            var hg = KindMeasure.TrainAndTest(huawei, garmin, options);
            string F(Dictionary<FeedbackKind, LabelCounts> c, FeedbackKind k) => string.Create(CultureInfo.InvariantCulture, $"{c[k].F1:F3} ({c[k].Precision:F2}/{c[k].Recall:F2})");
            var line = $"{variant,-40} FR cv-g {F(g, FeedbackKind.FeatureRequest)} cv-h {F(h, FeedbackKind.FeatureRequest)} | g->h {F(gh, FeedbackKind.FeatureRequest)} h->g {F(hg, FeedbackKind.FeatureRequest)} | PR g->h {gh[FeedbackKind.ProblemReport].F1:F3} h->g {hg[FeedbackKind.ProblemReport].F1:F3}";
            line += $" | oracle thr g->h {Oracle(garmin, huawei, options):F3} h->g {Oracle(huawei, garmin, options):F3}";
            context.Log.WriteLine(line);
            section.AppendLine(line);
        }

        return Task.FromResult(section.ToString());
    }
}
