using VoiceOfCustomer.Taggers.Sentiment;

namespace VoiceOfCustomer.Tagging.Tests.Sentiment;

/// <summary>The tagger, loaded once for all sentiment tests (loading is what the service does at start).</summary>
internal static class Sentiment
{
    public static SentimentTagger Tagger { get; } = SentimentTagger.Load();

    public static double Score(string text, string language = "en") => Tagger.Tag(text, language).Score;
}
