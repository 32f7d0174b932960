using System.Globalization;
using System.Text;
using VoiceOfCustomer.AllInOne.Demo;
using VoiceOfCustomer.Taggers.Similarity;

namespace VoiceOfCustomer.Tagging.Evaluation.Demo;

/// <summary>
/// Precision at 1 of the similar-request suggestion on the demo's texts, leave-one-out: for each distinct text, an
/// index of the demo's requests (one per topic, its document every other demo text of that topic, all languages) is
/// asked which request the text belongs to.
/// </summary>
internal sealed class DemoSimilarityEvaluation : IEvaluation
{
    public string Name => "demo-similarity";

    public int Order => 51;

    public Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var items = DemoItem.All();
        var requestIds = DemoLanguages.TopicKeys.ToDictionary(t => t, _ => Guid.NewGuid(), StringComparer.Ordinal);
        var results = new List<(DemoItem Item, bool Correct, bool Prefilled)>();
        foreach (var asked in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var index = new SimilarRequestIndex();
            foreach (var topic in DemoLanguages.TopicKeys)
            {
                var members = items.Where(i => i.Topic == topic && !ReferenceEquals(i, asked)).Select(i => i.Text);
                index.Add(requestIds[topic], string.Join('\n', members));
            }

            var found = index.Query(asked.Text, 1);
            var correct = found.Matches.Count > 0 && found.Matches[0].RequestId == requestIds[asked.Topic];
            results.Add((asked, correct, found.Prefill is not null));
        }

        var all = Precision(results);
        var section = new StringBuilder();
        section.AppendLine("## Similar requests on the demo data").AppendLine();
        section.AppendLine(CultureInfo.InvariantCulture, $"""
            The {items.Count:N0} distinct texts the demo seeds (services/AllInOne/Demo: {DemoLanguages.All.Count} languages, {DemoLanguages.TopicKeys.Count} request topics, frames
            of request, problem and praise), leave-one-out: each text is asked of an index of the {DemoLanguages.TopicKeys.Count} requests whose
            documents are every other demo text of their topic (all languages, as triage gathers them). Correct: the best
            match is the text's own topic. Pre-filled: the score reaches the default threshold (0.5).

            Goal: precision at 1 of the suggestion measured on the demo data (the issue sets no figure): **{all.Precision:F3}**
            ({all.Correct:N0} of {all.Count:N0}); pre-filled {all.Prefilled:N0}, of which {all.PrefilledCorrect:N0} correct.

            | language | texts | P@1 | pre-filled | pre-filled correct |
            | --- | ---: | ---: | ---: | ---: |
            """);
        foreach (var language in results.GroupBy(r => r.Item.Language))
        {
            var p = Precision([.. language]);
            section.AppendLine(CultureInfo.InvariantCulture, $"| {language.Key} | {p.Count} | {p.Precision:F3} | {p.Prefilled} | {p.PrefilledCorrect} |");
        }

        return Task.FromResult(section.ToString());
    }

    private static (int Count, int Correct, double Precision, int Prefilled, int PrefilledCorrect) Precision(List<(DemoItem Item, bool Correct, bool Prefilled)> results)
    {
        var correct = results.Count(r => r.Correct);
        return (results.Count, correct, correct / (double)Math.Max(1, results.Count), results.Count(r => r.Prefilled), results.Count(r => r.Prefilled && r.Correct));
    }
}
