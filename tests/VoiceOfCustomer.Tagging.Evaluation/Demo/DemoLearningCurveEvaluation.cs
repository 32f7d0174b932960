using System.Globalization;
using System.Text;
using VoiceOfCustomer.AllInOne.Demo;
using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Evaluation.Demo;

/// <summary>
/// The kind learning curve on the demo's texts: the shipped classifier, then corrections (demo items of some topics,
/// drawn with repeats as the demo seeds them) fed through <see cref="KindClassifier.Learn"/>, and the kind accuracy per
/// language on the held-out topics after each checkpoint.
/// </summary>
internal sealed class DemoLearningCurveEvaluation : IEvaluation
{
    private const int Seed = 20240611;
    private const int HeldOutTopics = 3;
    private static readonly int[] CorrectionsPerLanguage = [0, 25, 100, 299, 300, 600];

    public string Name => "demo-kind-curve";

    public int Order => 42;

    public Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var items = DemoItem.All();
        var random = new Random(Seed);
        var topics = DemoLanguages.TopicKeys.ToArray();
        random.Shuffle(topics);
        var heldOutTopics = topics.Take(HeldOutTopics).ToHashSet(StringComparer.Ordinal);
        var heldOut = items.Where(i => heldOutTopics.Contains(i.Topic)).ToList();
        var pool = items.Where(i => !heldOutTopics.Contains(i.Topic)).GroupBy(i => i.Language).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var languages = DemoLanguages.All.Select(l => l.Code).ToList();

        var classifier = KindClassifier.LoadDefault();
        var rows = new List<(int Corrections, Dictionary<string, (double Accuracy, double Unknown)> ByLanguage)>();
        var fed = 0;
        foreach (var checkpoint in CorrectionsPerLanguage)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (; fed < checkpoint; fed++)
            {
                foreach (var language in languages)
                {
                    var correction = pool[language][random.Next(pool[language].Count)];
                    classifier.Learn(correction.Text, correction.Language, new HashSet<FeedbackKind> { correction.Kind });
                }
            }

            rows.Add((checkpoint, languages.ToDictionary(l => l, l => Accuracy(classifier, heldOut.Where(i => i.Language == l).ToList()), StringComparer.Ordinal)));
        }

        var french = items.First(i => i is { Language: "fr", Kind: FeedbackKind.FeatureRequest });
        var section = new StringBuilder();
        section.AppendLine("## Kind: accuracy against number of corrections, on the demo data").AppendLine();
        section.AppendLine(CultureInfo.InvariantCulture, $"""
            The demo's distinct texts (services/AllInOne/Demo), whose kind is their frame's (request, problem, praise). The
            topics {string.Join(", ", heldOutTopics.Order(StringComparer.Ordinal))} are held out ({heldOut.Count:N0} texts); corrections are drawn at random,
            with repeats, from the other topics' texts of each language and fed one at a time through `Learn` to the shipped
            classifier, the same number in every language. Accuracy: the held-out text is tagged with its frame's kind
            (other kinds besides are allowed); unknown: the tagger could not tell. A language without a model is tagged by
            its phrases (or is unknown) until it has learned 300 examples (`MinExamplesForModel`); from then on by the
            model, with what the corrections taught it. Example: before any
            correction, "{french.Text}" is tagged {string.Join(", ", KindClassifier.LoadDefault().Tag(french.Text, "fr").Kinds.Select(FeedbackKindNames.Name))}.

            Goal: accuracy rises with corrections (the issue sets no figure). Accuracy per language (unknown share in brackets):

            """);
        section.Append("| corrections per language |");
        languages.ForEach(l => section.Append(CultureInfo.InvariantCulture, $" {l} |"));
        section.AppendLine().Append("| ---: |");
        languages.ForEach(_ => section.Append(" ---: |"));
        section.AppendLine();
        foreach (var (corrections, byLanguage) in rows)
        {
            section.Append(CultureInfo.InvariantCulture, $"| {corrections:N0} |");
            languages.ForEach(l => section.Append(CultureInfo.InvariantCulture, $" {byLanguage[l].Accuracy:F2} ({byLanguage[l].Unknown:F2}) |"));
            section.AppendLine();
        }

        return Task.FromResult(section.ToString());
    }

    private static (double Accuracy, double Unknown) Accuracy(KindClassifier classifier, List<DemoItem> items)
    {
        var tags = items.Select(i => (Item: i, Tag: classifier.Tag(i.Text, i.Language))).ToList();
        return (tags.Count(t => t.Tag.Has(t.Item.Kind)) / (double)tags.Count, tags.Count(t => t.Tag.Source == KindSource.Unknown) / (double)tags.Count);
    }
}
