using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Tests.Kind;

public sealed class When_the_kind_model_is_trained
{
    [TestCase("the watch crashes every night", FeedbackKind.ProblemReport)]
    [TestCase("please add a stopwatch", FeedbackKind.FeatureRequest)]
    [TestCase("lovely little app", FeedbackKind.Praise)]
    [TestCase("my dog and the sky", FeedbackKind.Other)]
    public void It_learns_a_small_separable_set(string text, FeedbackKind expected)
    {
        var tag = TinyKindSet.Train().Tag(text, "en");

        Assert.That(tag.Kinds, Is.EqualTo(new[] { expected }));
        Assert.That(tag.Source, Is.EqualTo(KindSource.Model));
    }

    [Test]
    public void A_kind_is_assigned_exactly_when_its_probability_reaches_its_threshold()
    {
        var classifier = TinyKindSet.Train();

        foreach (var text in new[] { "crashes", "please add", "lovely", "sky", "please add crashes", "lovely crashes" })
        {
            foreach (var score in classifier.Tag(text, "en").Scores.Where(s => s.Kind != FeedbackKind.Other))
            {
                Assert.That(score.Assigned, Is.EqualTo(score.Confidence >= classifier.Threshold(score.Kind)), $"{text}: {score.Kind}");
            }
        }
    }

    [Test]
    public void Without_tuning_folds_every_threshold_is_one_half()
    {
        var classifier = TinyKindSet.Train();

        Assert.That(classifier.LearnedKinds.Select(classifier.Threshold), Is.All.EqualTo(0.5));
    }

    [Test]
    public void Tuned_thresholds_stay_between_0_05_and_0_95()
    {
        var examples = Enumerable.Range(0, 4).SelectMany(_ => TinyKindSet.Examples).ToList();

        var classifier = KindTrainer.Train(examples, TinyKindSet.Options with { ThresholdFolds = 3 });

        Assert.That(classifier.LearnedKinds.Select(classifier.Threshold), Is.All.InRange(0.05, 0.95));
    }

    [Test]
    public void An_item_can_be_several_kinds_at_once()
    {
        var tag = TinyKindSet.Train().Tag("it crashes, please add a fix", "en");

        Assert.That(tag.Kinds, Is.EquivalentTo(new[] { FeedbackKind.ProblemReport, FeedbackKind.FeatureRequest }));
    }

    [Test]
    public void Each_kind_says_which_words_pushed_it()
    {
        var tag = TinyKindSet.Train().Tag("the sync crashes", "en");

        Assert.That(tag.Score(FeedbackKind.ProblemReport)!.Why, Does.Contain("crashes"));
    }

    [Test]
    public void Training_twice_gives_the_same_model()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        TinyKindSet.Train().Save(first);
        TinyKindSet.Train().Save(second);

        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
    }
}
