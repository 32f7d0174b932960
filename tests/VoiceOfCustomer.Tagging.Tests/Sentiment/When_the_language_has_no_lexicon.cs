using VoiceOfCustomer.Taggers.Sentiment;

namespace VoiceOfCustomer.Tagging.Tests.Sentiment;

public sealed class When_the_language_has_no_lexicon
{
    [TestCase("und")]
    [TestCase("ja")]
    [TestCase("")]
    [TestCase(null)]
    public void The_label_is_unknown_with_zero_confidence_rather_than_english_rules(string? language)
    {
        var tag = Sentiment.Tagger.Tag("I hate this awful app", language);

        Assert.Multiple(() =>
        {
            Assert.That(tag.Label, Is.EqualTo(SentimentLabel.Unknown));
            Assert.That(tag.Score, Is.Zero);
            Assert.That(tag.Confidence, Is.Zero);
            Assert.That(tag.Why, Is.Empty);
        });
    }
}
