using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Tests.Kind;

public sealed class When_kinds_are_corrected
{
    private static readonly HashSet<FeedbackKind> Request = [FeedbackKind.FeatureRequest];

    [Test]
    public void A_few_corrections_turn_a_wrong_kind_into_the_right_one()
    {
        var classifier = TinyKindSet.Train();
        const string Text = "integrate strava uploads";
        Assert.That(classifier.Tag(Text, "en").Has(FeedbackKind.FeatureRequest), Is.False, "the untrained phrasing starts wrong");

        var corrections = 0;
        while (!classifier.Tag(Text, "en").Has(FeedbackKind.FeatureRequest) && corrections < 40)
        {
            classifier.Learn(Text, "en", Request);
            corrections++;
        }

        Assert.That(classifier.Tag(Text, "en").Kinds, Is.EqualTo(new[] { FeedbackKind.FeatureRequest }));
        Assert.That(corrections, Is.LessThan(40));
    }

    [Test]
    public void Corrections_generalize_to_the_same_words_in_another_item()
    {
        var classifier = TinyKindSet.Train();
        for (var i = 0; i < 40; i++)
        {
            classifier.Learn("integrate strava uploads", "en", Request);
        }

        Assert.That(classifier.Tag("integrate strava", "en").Has(FeedbackKind.FeatureRequest), Is.True);
    }

    [Test]
    public void A_saved_model_reloads_with_its_corrections()
    {
        var classifier = TinyKindSet.Train();
        classifier.Learn("integrate strava uploads", "en", Request);
        classifier.Learn("l'appli plante", "fr", new HashSet<FeedbackKind> { FeedbackKind.ProblemReport });
        using var file = new MemoryStream();

        classifier.Save(file);
        file.Position = 0;
        var reloaded = KindClassifier.Load(file);

        foreach (var text in new[] { "integrate strava uploads", "please add crashes", "lovely" })
        {
            Assert.That(reloaded.Tag(text, "en"), Is.EqualTo(classifier.Tag(text, "en")).Using<KindTag>(SameScores), text);
        }

        Assert.That(reloaded.ExamplesSeen("fr"), Is.EqualTo(1));
        Assert.That(reloaded.ExamplesSeen("en"), Is.EqualTo(TinyKindSet.Examples.Count + 1));
    }

    [Test]
    public void Unknown_is_not_a_kind_to_learn()
    {
        var classifier = TinyKindSet.Train();

        Assert.That(() => classifier.Learn("text", "en", new HashSet<FeedbackKind> { FeedbackKind.Unknown }), Throws.ArgumentException);
        Assert.That(() => classifier.Learn("text", "en", new HashSet<FeedbackKind> { FeedbackKind.Other, FeedbackKind.Praise }), Throws.ArgumentException);
    }

    [Test]
    public void Corrections_from_many_threads_are_all_counted()
    {
        var classifier = TinyKindSet.Train();

        Parallel.For(0, 200, i =>
        {
            classifier.Learn($"item {i} crashes", "de", new HashSet<FeedbackKind> { FeedbackKind.ProblemReport });
            _ = classifier.Tag($"item {i}", "en");
        });

        Assert.That(classifier.ExamplesSeen("de"), Is.EqualTo(200));
    }

    private static bool SameScores(KindTag a, KindTag b) =>
        a.Kinds.SequenceEqual(b.Kinds) && a.Scores.Select(s => s.Confidence).SequenceEqual(b.Scores.Select(s => s.Confidence));
}
