using VoiceOfCustomer.Taggers.Sentiment;

namespace VoiceOfCustomer.Tagging.Tests.Sentiment;

public sealed class When_another_language_is_scored
{
    [TestCase("fr", "Cette application est excellente, je l'adore", "Cette application est horrible, je la déteste")]
    [TestCase("es", "Me encanta esta aplicación, es excelente", "Esta aplicación es terrible, la odio")]
    [TestCase("de", "Die App ist wirklich toll", "Die App ist schrecklich und langsam")]
    [TestCase("pt", "Adoro este aplicativo, é ótimo", "Este aplicativo é péssimo, odeio")]
    [TestCase("it", "Questa app è fantastica", "Questa app è terribile")]
    [TestCase("nl", "Deze app is geweldig", "Deze app is slecht en traag")]
    public void Its_lexicon_loads_and_tells_an_obvious_positive_from_an_obvious_negative(string language, string positive, string negative)
    {
        var good = Sentiment.Tagger.Tag(positive, language);
        var bad = Sentiment.Tagger.Tag(negative, language);

        Assert.Multiple(() =>
        {
            Assert.That(Sentiment.Tagger.Languages, Does.Contain(language));
            Assert.That(good.Label, Is.EqualTo(SentimentLabel.Positive));
            Assert.That(bad.Label, Is.EqualTo(SentimentLabel.Negative));
            Assert.That(good.Why, Is.Not.Empty);
            Assert.That(bad.Confidence, Is.GreaterThan(0));
        });
    }

    [TestCase("fr", "Je n'aime pas cette application")]
    [TestCase("fr", "Ce n'est pas bon du tout")]
    [TestCase("es", "No me gusta esta aplicación")]
    [TestCase("de", "Die App ist nicht gut")]
    [TestCase("pt", "Não gosto deste aplicativo")]
    [TestCase("it", "Non mi piace")]
    [TestCase("nl", "Ik vind het niet goed")]
    public void Its_negations_turn_a_positive_word(string language, string text)
    {
        Assert.That(Sentiment.Tagger.Tag(text, language).Label, Is.EqualTo(SentimentLabel.Negative));
    }

    [Test]
    public void A_regional_code_uses_the_language_and_its_confidence_is_below_english()
    {
        var brazilian = Sentiment.Tagger.Tag("Adoro este aplicativo", "pt-BR");
        var english = Sentiment.Tagger.Tag("I love this app", "en");

        Assert.Multiple(() =>
        {
            Assert.That(brazilian.Label, Is.EqualTo(SentimentLabel.Positive));
            Assert.That(brazilian.Confidence, Is.LessThan(english.Confidence));
        });
    }

    [Test]
    public void English_words_are_not_read_with_another_language_s_lexicon()
    {
        Assert.That(Sentiment.Tagger.Tag("I hate this awful app", "de").Label, Is.Not.EqualTo(SentimentLabel.Negative));
    }
}
