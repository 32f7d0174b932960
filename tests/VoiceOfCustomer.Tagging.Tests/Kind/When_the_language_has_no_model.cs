using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Tests.Kind;

public sealed class When_the_language_has_no_model
{
    private static readonly KindClassifier Shipped = KindClassifier.LoadDefault();

    [TestCase("L'application plante à chaque synchronisation", "fr", FeedbackKind.ProblemReport, "plant*")]
    [TestCase("Die App stürzt ständig ab", "de", FeedbackKind.ProblemReport, "stürzt")]
    [TestCase("Sería genial poder exportar los datos", "es", FeedbackKind.FeatureRequest, "sería genial")]
    [TestCase("Aplicativo excelente, recomendo", "pt", FeedbackKind.Praise, "excelente")]
    [TestCase("Waarom zie ik mijn slaap niet", "nl", FeedbackKind.Question, "waarom")]
    public void Its_phrases_give_the_kind_with_low_confidence(string text, string language, FeedbackKind kind, string phrase)
    {
        var tag = Shipped.Tag(text, language);

        Assert.That(tag.Source, Is.EqualTo(KindSource.Phrases));
        Assert.That(tag.Kinds, Does.Contain(kind));
        Assert.That(tag.Score(kind)!.Why, Does.Contain(phrase));
        Assert.That(tag.Scores.Select(s => s.Confidence), Is.All.LessThanOrEqualTo(0.5));
    }

    [TestCase("Ich bin heute mit dem Fahrrad gefahren", "de")]
    [TestCase("今日は天気がいいです", "ja")]
    [TestCase("Bonjour tout le monde", null)]
    public void Nothing_matching_makes_the_kind_unknown(string text, string? language)
    {
        var tag = Shipped.Tag(text, language);

        Assert.That(tag.Kinds, Is.EqualTo(new[] { FeedbackKind.Unknown }));
        Assert.That(tag.Source, Is.EqualTo(KindSource.Unknown));
        Assert.That(tag.Scores, Is.Empty);
    }

    [Test]
    public void An_english_text_is_tagged_by_the_model_and_a_french_one_is_not()
    {
        Assert.That(Shipped.UsesModel("en-GB"), Is.True);
        Assert.That(Shipped.UsesModel("fr"), Is.False);
    }

    [Test]
    public void A_question_mark_counts_as_a_question_in_any_language()
    {
        var tag = Shipped.Tag("Wann kommt das nächste Update?", "de");

        Assert.That(tag.Score(FeedbackKind.Question)!.Why, Does.Contain("?"));
    }

    [TestCase("Ich habe das Abo gekündigt und kaufe nie wieder", "de", "gekündigt")]
    [TestCase("I'm going to uninstall it and ask for a refund", "en", "uninstall*")]
    [TestCase("Je vais désinstaller cette appli", "fr", "désinstall*")]
    public void Churn_risk_names_the_phrase_that_found_it(string text, string language, string phrase)
    {
        var churn = Shipped.Tag(text, language).ChurnRisk;

        Assert.That(churn.Detected, Is.True);
        Assert.That(churn.Why, Does.Contain(phrase));
        Assert.That(churn.Confidence, Is.InRange(0.5, 0.6));
    }

    [Test]
    public void Enough_corrections_in_a_language_hand_it_to_the_model()
    {
        var classifier = KindTrainer.Train(TinyKindSet.Examples, TinyKindSet.Options with { MinExamplesForModel = 3 });
        Assert.That(classifier.Tag("bonjour", "fr").Source, Is.EqualTo(KindSource.Unknown));

        for (var i = 0; i < 3; i++)
        {
            classifier.Learn("bonjour", "fr", new HashSet<FeedbackKind> { FeedbackKind.Praise });
        }

        Assert.That(classifier.Tag("bonjour", "fr").Source, Is.EqualTo(KindSource.Model));
    }
}
