using VoiceOfCustomer.Taggers.PersonalData;
using VoiceOfCustomer.Tagging.Evaluation.Kind;
using VoiceOfCustomer.Tagging.Evaluation.Language;
using VoiceOfCustomer.Tagging.Evaluation.Sentiment;

namespace VoiceOfCustomer.Tagging.Evaluation.PersonalData;

/// <summary>
/// The detector over every text of the shipped datasets (VADER's three sets, mini-BAR's reviews, the 67-language
/// evaluation texts): each detection is either listed in dataset-detections.tsv, checked by hand, or unlisted, which
/// is what the goal counts. A listed one no longer found is reported too (the detector lost something it found).
/// </summary>
internal sealed record DatasetSweep(int Texts, List<string> Listed, List<string> Unlisted, List<string> LostListed)
{
    public static DatasetSweep Measure(EvaluationContext context)
    {
        var listed = File.ReadLines(Path.Combine(context.EvaluationFolder, "PersonalData", "dataset-detections.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Select(f => Key(f[0], f[1], f[2])).ToHashSet();
        var found = new List<string>();
        var texts = ShippedTexts(context);
        foreach (var (source, text) in texts)
        {
            foreach (var span in PersonalDataDetector.TagPersonalData(text).Spans)
            {
                found.Add(Key(source, span.Kind.ToString(), text.Substring(span.Start, span.Length)));
            }
        }

        return new DatasetSweep(
            texts.Count, [.. found.Where(listed.Contains)], [.. found.Where(f => !listed.Contains(f))], [.. listed.Where(l => !found.Contains(l))]);
    }

    private static List<(string Source, string Text)> ShippedTexts(EvaluationContext context)
    {
        var texts = new List<(string, string)>();
        foreach (var (_, file) in RatedText.Sets)
        {
            texts.AddRange(RatedText.Read(Path.Combine(context.Datasets, "vader", file)).Select(r => ("vader/" + file, r.Text)));
        }

        foreach (var file in MinibarReview.Files)
        {
            texts.AddRange(MinibarReview.Read(Path.Combine(context.Datasets, "minibar_en", file)).Select(r => ("minibar_en/" + file, r.Text)));
        }

        var evaluationTexts = Path.Combine(context.EvaluationFolder, "Language", EvaluationText.FileName);
        texts.AddRange(EvaluationText.Read(evaluationTexts).Select(t => ("Language/" + EvaluationText.FileName, t.Text)));
        return texts;
    }

    /// <summary>One detection as the first three cells of a markdown row: source, kind, the text found.</summary>
    private static string Key(string source, string kind, string text) => $"{source} | {kind.ToLowerInvariant()} | `{text}`";
}
