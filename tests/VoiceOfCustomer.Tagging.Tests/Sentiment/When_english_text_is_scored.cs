using VoiceOfCustomer.Taggers.Sentiment;
using static VoiceOfCustomer.Tagging.Tests.Sentiment.Sentiment;

namespace VoiceOfCustomer.Tagging.Tests.Sentiment;

public sealed class When_english_text_is_scored
{
    [Test]
    public void A_sentiment_word_gives_the_label_and_the_score_stays_within_minus_one_and_one()
    {
        var tag = Tagger.Tag("The new dashboard is great", "en");
        var worst = Tagger.Tag("horrible awful terrible disgusting hateful", "en");

        Assert.Multiple(() =>
        {
            Assert.That(tag.Label, Is.EqualTo(SentimentLabel.Positive));
            Assert.That(Tagger.Tag("The export is broken and useless", "en").Label, Is.EqualTo(SentimentLabel.Negative));
            Assert.That(worst.Score, Is.InRange(-1.0, -0.9));
        });
    }

    [Test]
    public void A_text_without_sentiment_words_is_neutral_with_low_confidence()
    {
        var tag = Tagger.Tag("The meeting is on Tuesday at ten", "en");

        Assert.Multiple(() =>
        {
            Assert.That(tag.Label, Is.EqualTo(SentimentLabel.Neutral));
            Assert.That(tag.Score, Is.Zero);
            Assert.That(tag.Confidence, Is.GreaterThan(0).And.LessThan(0.5));
            Assert.That(tag.Why, Is.Empty);
        });
    }

    [Test]
    public void A_negation_flips_the_word_and_weakens_it()
    {
        var good = Score("The search is good");
        var notGood = Score("The search is not good");
        var doesNotWork = Score("The search doesn't help");

        Assert.Multiple(() =>
        {
            Assert.That(notGood, Is.Negative);
            Assert.That(Math.Abs(notGood), Is.LessThan(good));
            Assert.That(doesNotWork, Is.Negative);
        });
    }

    [Test]
    public void A_negation_reaches_three_words_but_not_across_a_comma_or_past_another_sentiment_word()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Score("It is not at all good"), Is.Negative);
            Assert.That(Score("No, it's great"), Is.Positive);
            Assert.That(Score("I don't care about the great colours"), Is.Positive, "the negation stops at care");
        });
    }

    [Test]
    public void A_booster_strengthens_and_a_dampener_weakens_the_next_sentiment_word()
    {
        var good = Score("The support was good");

        Assert.Multiple(() =>
        {
            Assert.That(Score("The support was very good"), Is.GreaterThan(good));
            Assert.That(Score("The support was slightly good"), Is.LessThan(good).And.Positive);
            Assert.That(Score("The support was kind of good"), Is.LessThan(good).And.Positive);
            Assert.That(Score("The support was extremely bad"), Is.LessThan(Score("The support was bad")));
        });
    }

    [Test]
    public void What_follows_but_outweighs_what_comes_before()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Score("The design is good but the app is bad"), Is.Negative);
            Assert.That(Score("The app is bad but the design is good"), Is.Positive);
        });
    }

    [Test]
    public void A_word_in_capitals_among_lower_case_words_weighs_more()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Score("The new release is GREAT"), Is.GreaterThan(Score("The new release is great")));
            Assert.That(Score("THE NEW RELEASE IS GREAT"), Is.EqualTo(Score("the new release is great")), "all capitals stand out from nothing");
        });
    }

    [Test]
    public void Exclamation_marks_amplify_up_to_four_and_question_marks_from_two()
    {
        var plain = Score("The sync is slow");

        Assert.Multiple(() =>
        {
            Assert.That(Score("The sync is slow!"), Is.LessThan(plain));
            Assert.That(Score("The sync is slow!!!!"), Is.LessThan(Score("The sync is slow!")));
            Assert.That(Score("The sync is slow!!!!!!!"), Is.EqualTo(Score("The sync is slow!!!!")));
            Assert.That(Score("The sync is slow?"), Is.EqualTo(plain));
            Assert.That(Score("The sync is slow??"), Is.LessThan(plain));
            Assert.That(Score("The meeting is on Tuesday!!!"), Is.Zero, "emphasis alone carries no sentiment");
        });
    }

    [Test]
    public void Emoji_and_emoticons_carry_sentiment_even_when_glued_to_words()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Score("the new update 😍"), Is.Positive);
            Assert.That(Score("the new update😡"), Is.Negative);
            Assert.That(Score("the new update :("), Is.Negative);
            Assert.That(Score("the new update :-D"), Is.Positive);
            Assert.That(Score("the new update :((("), Is.Negative);
            Assert.That(Score("not :)"), Is.Positive, "a negation does not turn an emoticon");
        });
    }

    [Test]
    public void Stretched_words_and_idioms_are_recognised()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Score("this is soooo goooood"), Is.EqualTo(Score("this is so good")));
            Assert.That(Score("yeah right"), Is.Negative);
            Assert.That(Score("I am fed up"), Is.Negative);
        });
    }

    [Test]
    public void Why_names_the_words_that_weighed_most_with_the_words_that_changed_them()
    {
        var tag = Tagger.Tag("Support was friendly, but the app is not very good!", "en");

        Assert.Multiple(() =>
        {
            Assert.That(tag.Why[0].Phrase, Is.EqualTo("not very good"));
            Assert.That(tag.Why[0].Valence, Is.Negative);
            Assert.That(tag.Why.Select(c => c.Phrase), Does.Contain("friendly").And.Contain("!"));
            Assert.That(tag.Why, Has.Count.LessThanOrEqualTo(4));
        });
    }

    [Test]
    public void The_same_text_scores_the_same_from_many_threads()
    {
        string[] texts = ["great app", "not good at all", "TERRIBLE sync!!", "meh", "love it 😍", "slow but reliable"];
        var expected = texts.Select(t => Score(t)).ToArray();
        var mismatches = 0;

        Parallel.For(0, 4_000, i =>
        {
            if (Score(texts[i % texts.Length]) != expected[i % texts.Length])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.That(mismatches, Is.Zero);
    }
}
