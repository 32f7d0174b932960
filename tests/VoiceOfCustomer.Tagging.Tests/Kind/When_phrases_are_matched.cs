using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Tests.Kind;

public sealed class When_phrases_are_matched
{
    private static readonly KindPhrases Phrases = KindPhrases.Parse("""
        problem_report:
          en: ["crash*", "bug", "does not work"]
        question:
          en: ["how do i"]
        """);

    private static readonly KindClassifier Classifier = KindTrainer.Train(TinyKindSet.Examples, TinyKindSet.Options with { MinExamplesForModel = 1000 }, Phrases);

    [TestCase("It crashed twice", "crash*")]
    [TestCase("A BUG!", "bug")]
    [TestCase("sync does   not, work", "does not work")]
    public void Words_match_whatever_their_case_and_punctuation(string text, string phrase)
    {
        Assert.That(Classifier.Tag(text, "en").Score(FeedbackKind.ProblemReport)!.Why, Is.EqualTo(new[] { phrase }));
    }

    [TestCase("debugging the recrash")]
    [TestCase("bugged")]
    public void A_phrase_without_a_star_matches_whole_words_only(string text)
    {
        Assert.That(Classifier.Tag(text, "en").Kinds, Is.EqualTo(new[] { FeedbackKind.Unknown }));
    }

    [Test]
    public void Two_phrases_give_more_confidence_than_one_but_never_above_one_half()
    {
        var one = Classifier.Tag("a bug", "en").Score(FeedbackKind.ProblemReport)!;
        var two = Classifier.Tag("a bug, it crashes", "en").Score(FeedbackKind.ProblemReport)!;

        Assert.That(one.Confidence, Is.EqualTo(KindClassifier.PhraseConfidence));
        Assert.That(two.Confidence, Is.EqualTo(KindClassifier.SeveralPhrasesConfidence).And.LessThanOrEqualTo(0.5));
    }

    [Test]
    public void A_question_is_a_question_mark_or_a_question_phrase()
    {
        Assert.That(Phrases.LooksLikeQuestion("How do I sync", "en"), Is.True);
        Assert.That(Phrases.LooksLikeQuestion("Sync now?", "en"), Is.True);
        Assert.That(Phrases.LooksLikeQuestion("Sync now.", "en"), Is.False);
    }

    [Test]
    public void An_unknown_category_is_refused()
    {
        Assert.That(() => KindPhrases.Parse("complaint:\n  en: [bad]\n"), Throws.TypeOf<InvalidDataException>());
    }
}
