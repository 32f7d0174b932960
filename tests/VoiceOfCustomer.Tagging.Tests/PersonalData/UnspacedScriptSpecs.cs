using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Tagging.Tests.PersonalData;

/// <summary>Chinese, Japanese, Korean and Thai write a value right next to the words around it, particles included.</summary>
public sealed class When_personal_data_is_written_next_to_words_without_spaces
{
    private static string Found(string text) =>
        string.Join(" | ", PersonalDataDetector.TagPersonalData(text).Spans.Select(s => $"{s.Kind}:{text.Substring(s.Start, s.Length)}"));

    [TestCase("我的电话是+86 138 0013 8000，谢谢。", "Phone:+86 138 0013 8000")]
    [TestCase("連絡先は090-1234-5678です。", "Phone:090-1234-5678")]
    [TestCase("電話番号は09012345678です", "Phone:09012345678")]
    [TestCase("+82 10-1234-5678로 연락 주세요", "Phone:+82 10-1234-5678")]
    [TestCase("010-1234-5678으로 전화 주세요", "Phone:010-1234-5678")]
    [TestCase("เบอร์0812345678ค่ะ", "Phone:0812345678")]
    public void A_phone_number_is_found(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [TestCase("我的邮箱是li.wei@example.cn，谢谢", "Email:li.wei@example.cn")]
    [TestCase("連絡先はtanaka@example.co.jpです。", "Email:tanaka@example.co.jp")]
    [TestCase("제 메일 kim@example.kr로 보내 주세요", "Email:kim@example.kr")]
    [TestCase("메일은 kim@example.kr으로", "Email:kim@example.kr")]
    public void An_email_address_is_found_without_the_words_before_it(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [TestCase("卡号4111 1111 1111 1111被拒绝了", "Card:4111 1111 1111 1111")]
    [TestCase("カード番号は4111111111111111です", "Card:4111111111111111")]
    [TestCase("카드 4111 1111 1111 1111로 결제했어요", "Card:4111 1111 1111 1111")]
    public void A_card_number_is_found(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [TestCase("请转账到DE89370400440532013000，谢谢", "Iban:DE89370400440532013000")]
    [TestCase("口座はGB29 NWBK 6016 1331 9268 19です", "Iban:GB29 NWBK 6016 1331 9268 19")]
    [TestCase("계좌 DE89 3704 0044 0532 0130 00으로 보내 주세요", "Iban:DE89 3704 0044 0532 0130 00")]
    public void An_IBAN_is_found(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [TestCase("リンクはhttps://app.example.com/reset?token=abc123です", "Url:https://app.example.com/reset?token=abc123")]
    [TestCase("링크 https://app.example.com/reset?token=abc123으로 들어가세요", "Url:https://app.example.com/reset?token=abc123")]
    public void A_url_carrying_a_secret_ends_where_the_words_start(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [TestCase("型号ABC0612345678です")]
    [TestCase("注文はA4111111111111111です")]
    [TestCase("номер0612345678")]
    [TestCase("口座はXDE89370400440532013000です")]
    [TestCase("code4111111111111111")]
    public void A_value_glued_to_Latin_or_Cyrillic_letters_is_still_part_of_a_longer_word(string text) => Assert.That(Found(text), Is.Empty);

    [Test]
    public void An_address_whose_local_part_is_Han_is_masked_with_the_words_glued_before_it_at_a_lower_confidence()
    {
        var span = PersonalDataDetector.TagPersonalData("请发到张伟@example.cn").Spans.Single();

        Assert.That(span, Is.EqualTo(new PersonalDataSpan(
            PersonalDataKind.Email, 0, 16, 0.6, "local part in Han, Kana, Hangul or Thai letters @ dotted domain; where it starts is a guess")));
    }

    [Test]
    public void An_address_whose_local_part_is_Han_starts_after_a_space()
    {
        Assert.That(Found("邮箱: 张伟@example.cn"), Is.EqualTo("Email:张伟@example.cn"));
    }
}
