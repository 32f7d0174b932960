using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Tests.Kind;

public sealed class When_a_request_is_explicit
{
    private const string ProblemPhrases = """
        problem_report:
          en: ["crash*"]
        """;

    private const string ExplicitWordings = """
        explicit_feature_request:
          en: ["it would be (nice|great)", "(please |)add a"]
        """;

    // No feature request among the examples: the model alone never finds one.
    private static readonly IReadOnlyList<KindExample> WithoutRequests = [.. TinyKindSet.Examples.Where(e => !e.Kinds.Contains(FeedbackKind.FeatureRequest))];

    [Test]
    public void Its_wording_assigns_feature_request_where_the_model_would_not()
    {
        var withWordings = KindTrainer.Train(WithoutRequests, TinyKindSet.Options, KindPhrases.Parse(ProblemPhrases + "\n" + ExplicitWordings));
        var without = KindTrainer.Train(WithoutRequests, TinyKindSet.Options, KindPhrases.Parse(ProblemPhrases));
        const string Text = "Lovely design. It would be nice to see the weather";

        var score = withWordings.Tag(Text, "en").Score(FeedbackKind.FeatureRequest)!;

        Assert.That(without.Tag(Text, "en").Has(FeedbackKind.FeatureRequest), Is.False);
        Assert.That(score.Assigned, Is.True);
        Assert.That(score.Confidence, Is.GreaterThanOrEqualTo(KindClassifier.ExplicitRequestConfidence));
        Assert.That(score.Why[0], Is.EqualTo("it would be nice"));
    }

    [Test]
    public void In_a_language_without_a_model_it_counts_as_a_phrase_at_low_confidence()
    {
        var phrases = KindPhrases.Parse(ProblemPhrases + "\n" + ExplicitWordings);
        var classifier = KindTrainer.Train(WithoutRequests, TinyKindSet.Options with { MinExamplesForModel = 1000 }, phrases);

        var tag = classifier.Tag("Please add a calendar, it would be great", "en");

        Assert.That(tag.Source, Is.EqualTo(KindSource.Phrases));
        Assert.That(tag.Kinds, Is.EqualTo(new[] { FeedbackKind.FeatureRequest }));
        Assert.That(tag.Score(FeedbackKind.FeatureRequest)!.Confidence, Is.EqualTo(KindClassifier.PhraseConfidence));
    }

    [TestCase("Please add a stopwatch", "please add")]
    [TestCase("Can you add Casio watch faces?", "can you add")]
    [TestCase("Could u pls add a timer", "could u pls add")]
    [TestCase("I wish there was a dark mode", "wish there")]
    [TestCase("I'd love to see sleep stages", "i'd love to see")]
    [TestCase("Great, but it would be nice to export the runs", "it would be nice")]
    public void The_shipped_english_wordings_find_it(string text, string wording)
    {
        Assert.That(KindPhrases.Default.ExplicitRequest(text, "en"), Is.EqualTo(wording));
    }

    [TestCase("I hope the update fixes the sync")]
    [TestCase("You need to add your watch first")]
    [TestCase("The option to export is great")]
    [TestCase("Ajoutez un mode sombre")]
    public void Half_requests_and_other_languages_are_left_to_the_model(string text)
    {
        Assert.That(KindPhrases.Default.ExplicitRequest(text, "en"), Is.Null);
    }

    [Test]
    public void A_language_without_wordings_has_none()
    {
        Assert.That(KindPhrases.Default.ExplicitRequest("Please add a stopwatch", "fr"), Is.Null);
    }

    [TestCase("Can you please add laps", "can you please add")]
    [TestCase("could you add laps", "could you add")]
    [TestCase("you add laps", null)]
    [TestCase("can you please laps", null)]
    public void Groups_of_alternatives_are_spelled_out_and_an_empty_one_is_optional(string text, string? wording)
    {
        var phrases = KindPhrases.Parse("explicit_feature_request:\n  en: ['(can|could) you (please |)add']\n");

        Assert.That(phrases.ExplicitRequest(text, "en"), Is.EqualTo(wording));
    }

    [Test]
    public void A_group_left_open_is_refused_when_the_file_is_read()
    {
        Assert.That(() => KindPhrases.Parse("explicit_feature_request:\n  en: ['(please add']\n"), Throws.TypeOf<InvalidDataException>());
    }
}
