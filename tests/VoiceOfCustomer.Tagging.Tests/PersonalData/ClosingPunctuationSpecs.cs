using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Tagging.Tests.PersonalData;

/// <summary>A link quoted or bracketed in any script ends before the closing mark, which belongs to the sentence.</summary>
public sealed class When_a_link_is_followed_by_closing_punctuation
{
    private const string Link = "https://app.example.com/reset?token=abc123";

    private static string Found(string text) =>
        string.Join(" | ", PersonalDataDetector.TagPersonalData(text).Spans.Select(s => $"{s.Kind}:{text.Substring(s.Start, s.Length)}"));

    [TestCase("Os dejo el enlace «{0}». ¡Gracias!")]
    [TestCase("le lien ‹{0}›")]
    [TestCase("the link “{0}” fails")]
    [TestCase("der Link „{0}“ geht nicht")]
    [TestCase("链接（{0}）打不开")]
    [TestCase("リンク「{0}」です")]
    [TestCase("リンク『{0}』です")]
    [TestCase("链接【{0}】")]
    [TestCase("链接〈{0}〉")]
    [TestCase("链接《{0}》")]
    [TestCase("链接是{0}。")]
    [TestCase("链接是{0}，谢谢")]
    public void The_link_ends_before_the_mark(string sentence) =>
        Assert.That(Found(string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, Link)), Is.EqualTo("Url:" + Link));

    [Test]
    public void Letters_beyond_ASCII_in_a_path_still_belong_to_the_link()
    {
        Assert.That(Found("see https://example.com/café?token=abc123 now"), Is.EqualTo("Url:https://example.com/café?token=abc123"));
    }
}
