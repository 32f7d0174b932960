using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Tests.Kind;

public sealed class When_the_shipped_model_tags_english
{
    private static readonly KindClassifier Shipped = KindClassifier.LoadDefault();

    [TestCase("The app keeps crashing since the last update and my runs are lost", FeedbackKind.ProblemReport)]
    [TestCase("Please add a way to export my sleep data to a spreadsheet", FeedbackKind.FeatureRequest)]
    [TestCase("Great app, love it, works perfectly with my watch", FeedbackKind.Praise)]
    [TestCase("How do I change the units to kilometers?", FeedbackKind.Question)]
    public void It_finds_the_plain_cases(string text, FeedbackKind kind)
    {
        var tag = Shipped.Tag(text, "en");

        Assert.That(tag.Source, Is.EqualTo(KindSource.Model));
        Assert.That(tag.Kinds, Does.Contain(kind));
        Assert.That(tag.Score(kind)!.Why, Is.Not.Empty);
    }

    [Test]
    public void A_crash_with_a_request_is_both()
    {
        var tag = Shipped.Tag("The app crashes every time I open the map and my runs are lost, not working since the update. Please add an offline mode, it would be great.", "en");

        Assert.That(tag.Kinds, Is.SupersetOf(new[] { FeedbackKind.ProblemReport, FeedbackKind.FeatureRequest }));
    }

    [Test]
    public void Every_learned_kind_and_other_are_scored()
    {
        var tag = Shipped.Tag("ok", "en");

        Assert.That(tag.Scores.Select(s => s.Kind), Is.EqualTo(new[]
        {
            FeedbackKind.ProblemReport, FeedbackKind.FeatureRequest, FeedbackKind.Praise, FeedbackKind.Question, FeedbackKind.Other,
        }));
        Assert.That(tag.Scores.Select(s => s.Confidence), Is.All.InRange(0.0, 1.0));
    }
}
