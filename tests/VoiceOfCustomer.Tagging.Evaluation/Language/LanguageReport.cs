using System.Globalization;
using System.Text;

namespace VoiceOfCustomer.Tagging.Evaluation.Language;

/// <summary>
/// Writes the language section of docs/evaluation.md: accuracy of each tagger overall, on the languages franc
/// knows, per length band and per language ("und" counts as wrong for everyone), and throughput.
/// </summary>
internal sealed class LanguageReport(IReadOnlyList<EvaluationText> texts, IReadOnlySet<string> francLanguages)
{
    private static readonly string[] Bands = ["20-50", "50-100", "100-200"];
    private readonly List<(string Name, IReadOnlyList<string> Predictions, double TextsPerSecond)> taggers = [];

    public void Add(string name, IReadOnlyList<string> predictions, double textsPerSecond) =>
        taggers.Add((name, predictions, textsPerSecond));

    public string Write(int supportedLanguages, TimeSpan loadTime, long loadedBytes)
    {
        var languages = texts.Select(t => t.Language).Distinct().Order(StringComparer.Ordinal).ToList();
        var francKnows = languages.Where(francLanguages.Contains).ToList();
        var francSpeed = taggers[1].TextsPerSecond;
        var md = new StringBuilder();
        md.AppendLine("## Language identification")
            .AppendLine()
            .AppendLine(Invariant($"{texts.Count} texts of 20 to 200 characters in {languages.Count} languages (40 per language in each length band), strings of the Firefox ESR language packs (MPL 2.0, tests/VoiceOfCustomer.Tagging.Evaluation/Language/evaluation-texts.tsv): a source disjoint from both our profiles (gettext catalogues and the UDHR) and franc's (the UDHR). An answer is right when it is the labeled ISO 639-1 code; \"und\" counts as wrong. franc's ISO 639-3 answers are mapped to ISO 639-1 (FrancCodes.cs). franc's default set leaves out languages of fewer than a million speakers (here {string.Join(", ", languages.Except(francKnows))}), hence the column on the {francKnows.Count} languages it knows. Throughput is texts per second of the process's CPU time on one thread, warm, each tool in its own process; our profiles ({supportedLanguages} languages) load in {loadTime.TotalMilliseconds:F0} ms and take {loadedBytes / 1048576.0:F1} MB."))
            .AppendLine()
            .AppendLine("Command: `dotnet run -c Release --project tests/VoiceOfCustomer.Tagging.Evaluation -- language`")
            .AppendLine()
            .AppendLine("| tagger | accuracy, all languages | accuracy, languages franc knows | und | texts/s | vs franc |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, predictions, speed) in taggers)
        {
            md.AppendLine(Invariant($"| {name} | {Accuracy(predictions, _ => true)} | {Accuracy(predictions, t => francLanguages.Contains(t.Language))} | {Share(predictions, (_, p) => p == "und")} | {speed:N0} | {speed / francSpeed:F1}x |"));
        }

        md.AppendLine().AppendLine(Goal());
        md.AppendLine().AppendLine("Accuracy per length band (characters):").AppendLine()
            .AppendLine("| tagger | " + string.Join(" | ", Bands) + " |")
            .AppendLine("| --- |" + string.Concat(Bands.Select(_ => " ---: |")));
        foreach (var (name, predictions, _) in taggers)
        {
            md.AppendLine($"| {name} | " + string.Join(" | ", Bands.Select(b => Accuracy(predictions, t => t.Band == b))) + " |");
        }

        md.AppendLine().AppendLine("Accuracy per language:").AppendLine()
            .AppendLine("| language | " + string.Join(" | ", taggers.Select(t => t.Name)) + " | our most frequent mistake |")
            .AppendLine("| --- |" + string.Concat(taggers.Select(_ => " ---: |")) + " --- |");
        foreach (var language in languages)
        {
            md.AppendLine($"| {language} | " + string.Join(" | ", taggers.Select(t => Accuracy(t.Predictions, x => x.Language == language))) + $" | {MostFrequentMistake(language)} |");
        }

        return md.ToString();
    }

    private string Accuracy(IReadOnlyList<string> predictions, Func<EvaluationText, bool> include) =>
        Share(predictions, (t, p) => p == t.Language, include);

    private string Share(IReadOnlyList<string> predictions, Func<EvaluationText, string, bool> counts, Func<EvaluationText, bool>? include = null)
    {
        var selected = Enumerable.Range(0, texts.Count).Where(i => include is null || include(texts[i])).ToList();
        return selected.Count == 0 ? "-" : Invariant($"{100.0 * selected.Count(i => counts(texts[i], predictions[i])) / selected.Count:F1}%");
    }

    /// <summary>The issue's goal: accuracy at least franc's (its default set) and at least 10 times its throughput.</summary>
    private string Goal()
    {
        double Right(int tagger, Func<EvaluationText, bool> include)
        {
            var selected = Enumerable.Range(0, texts.Count).Where(i => include(texts[i])).ToList();
            return selected.Count(i => taggers[tagger].Predictions[i] == texts[i].Language) / (double)Math.Max(1, selected.Count);
        }

        var (ours, franc) = (Right(0, _ => true), Right(1, _ => true));
        var (oursKnown, francKnown) = (Right(0, t => francLanguages.Contains(t.Language)), Right(1, t => francLanguages.Contains(t.Language)));
        var speed = taggers[0].TextsPerSecond / taggers[1].TextsPerSecond;
        var accuracyMet = ours >= franc && oursKnown >= francKnown;
        return Invariant($"Goal: accuracy at least franc's, **{(accuracyMet ? "met" : "not met")}** ({100 * ours:F1}% against {100 * franc:F1}% on all languages, {100 * oursKnown:F1}% against {100 * francKnown:F1}% on those franc knows); throughput at least 10 times franc's, **{(speed >= 10 ? "met" : "not met")}** ({speed:F1}x). Accuracy per language: below.");
    }

    private string MostFrequentMistake(string language)
    {
        var mistake = Enumerable.Range(0, texts.Count)
            .Where(i => texts[i].Language == language && taggers[0].Predictions[i] != language)
            .GroupBy(i => taggers[0].Predictions[i])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return mistake is null ? "" : $"{mistake.Key} ({mistake.Count()})";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
