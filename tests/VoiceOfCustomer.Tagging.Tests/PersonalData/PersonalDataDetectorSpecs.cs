using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Tagging.Tests.PersonalData;

public sealed class When_personal_data_is_looked_for
{
    private static string Found(string text) =>
        string.Join(" | ", PersonalDataDetector.TagPersonalData(text).Spans.Select(s => $"{s.Kind}:{text.Substring(s.Start, s.Length)}"));

    [TestCase("write to jane.doe+vip@example.co.uk please", "Email:jane.doe+vip@example.co.uk")]
    [TestCase("(bob_smith@acme-corp.io)", "Email:bob_smith@acme-corp.io")]
    [TestCase("Email: .anna@mail.com.", "Email:anna@mail.com")]
    [TestCase("Kontakt: hans.müller@example.de", "Email:hans.müller@example.de")]
    public void An_email_address_is_found(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [TestCase("thanks @jane for the help")]
    [TestCase("copy logo@2x.png into assets")]
    [TestCase("ssh root@localhost failed")]
    [TestCase("meet me @ 5pm")]
    public void Text_that_only_looks_like_an_email_is_left_alone(string text) => Assert.That(Found(text), Is.Empty);

    [TestCase("call me at +33 6 12 34 56 78 tomorrow", "Phone:+33 6 12 34 56 78")]
    [TestCase("US office: +1 (415) 555-2671.", "Phone:+1 (415) 555-2671")]
    [TestCase("mon portable 06 12 34 56 78", "Phone:06 12 34 56 78")]
    [TestCase("rappelez le 0612345678 svp", "Phone:0612345678")]
    [TestCase("desk (415) 555-2671", "Phone:(415) 555-2671")]
    [TestCase("reach me 415-555-2671", "Phone:415-555-2671")]
    [TestCase("llamar al 612 345 678", "Phone:612 345 678")]
    [TestCase("Berlin 0049 30 901820", "Phone:0049 30 901820")]
    [TestCase("UK mobile 07700 900123", "Phone:07700 900123")]
    [TestCase("Rufen Sie an: 0151 23456789", "Phone:0151 23456789")]
    [TestCase("WhatsApp +55 11 91234-5678", "Phone:+55 11 91234-5678")]
    public void A_phone_number_is_found(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [TestCase("since the update on 2024-01-15 it fails")]
    [TestCase("le 15.01.2024 10:30 ça a planté")]
    [TestCase("am 01.02.2024 10 Uhr")]
    [TestCase("version v2.10.3 and build 10.0.19045.3803")]
    [TestCase("order #0012345678 is late")]
    [TestCase("we paid €1.234.567,89 last year")]
    [TestCase("amount 1 234 567 890 EUR")]
    [TestCase("ticket 12345678 still open")]
    [TestCase("server 192.168.100.254 is down")]
    [TestCase("invoice INV-2024-000123456")]
    [TestCase("between 10 and 200 users, 30 000 rows")]
    public void Dates_versions_order_numbers_and_amounts_are_not_phones(string text) => Assert.That(Found(text), Is.Empty);

    [TestCase("card 4111 1111 1111 1111 was declined", "Card:4111 1111 1111 1111")]
    [TestCase("4242424242424242", "Card:4242424242424242")]
    [TestCase("amex 3782 822463 10005 ok", "Card:3782 822463 10005")]
    [TestCase("mc 5555-5555-5555-4444", "Card:5555-5555-5555-4444")]
    [TestCase("new range 2223003122003222", "Card:2223003122003222")]
    public void A_card_number_that_passes_Luhn_is_found(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [TestCase("card 4111 1111 1111 1112 (typo)")]
    [TestCase("0000 0000 0000 0000")]
    [TestCase("tracking 9400111899223197428490")]
    [TestCase("ref 1234 5678 9012 3452")]
    [TestCase("4111.1111.1111.1111")]
    public void A_number_that_fails_Luhn_the_range_or_the_grouping_is_not_a_card(string text) =>
        Assert.That(Found(text), Does.Not.Contain("Card"));

    [TestCase("IBAN DE89 3704 0044 0532 0130 00 thanks", "Iban:DE89 3704 0044 0532 0130 00")]
    [TestCase("pay to GB82WEST12345698765432.", "Iban:GB82WEST12345698765432")]
    [TestCase("fr76 3000 6000 0112 3456 7890 189", "Iban:fr76 3000 6000 0112 3456 7890 189")]
    [TestCase("NL91ABNA0417164300", "Iban:NL91ABNA0417164300")]
    public void An_IBAN_with_valid_check_digits_is_found(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [TestCase("DE89 3704 0044 0532 0130 01")]
    [TestCase("DE89 3704 0044 0532 0130")]
    [TestCase("XX89 3704 0044 0532 0130 00")]
    [TestCase("product code AB12 CDEF")]
    public void An_IBAN_with_wrong_check_digits_length_or_country_is_not_found(string text) =>
        Assert.That(Found(text), Does.Not.Contain("Iban"));

    [TestCase("reset via https://app.example.com/reset?token=abc123 now", "Url:https://app.example.com/reset?token=abc123")]
    [TestCase("see https://drive.google.com/file/d/1A2b3C4d5E6f7G8h9I0jKlMn/view.", "Url:https://drive.google.com/file/d/1A2b3C4d5E6f7G8h9I0jKlMn/view")]
    [TestCase("(https://bob:hunter2@ftp.example.com/files)", "Url:https://bob:hunter2@ftp.example.com/files")]
    [TestCase("https://x.io/cb#access_token=ya29.a0Af&expires=3600", "Url:https://x.io/cb#access_token=ya29.a0Af&expires=3600")]
    [TestCase("https://s3.amazonaws.com/b/f.pdf?X-Amz-Signature=9f8e7d", "Url:https://s3.amazonaws.com/b/f.pdf?X-Amz-Signature=9f8e7d")]
    [TestCase("link www.example.com/s/eyJhbGciOiJIUzI1NiJ9abc", "Url:www.example.com/s/eyJhbGciOiJIUzI1NiJ9abc")]
    public void A_url_carrying_a_secret_is_found(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [TestCase("docs at https://docs.example.com/guide/how-to-export-reports-2024")]
    [TestCase("request https://app.example.com/requests/550e8400-e29b-41d4-a716-446655440000")]
    [TestCase("www.example.com/?utm_source=newsletter&utm_campaign=spring2024")]
    [TestCase("https://example.com/search?q=sso+login&page=2")]
    public void A_plain_url_is_left_alone(string text) => Assert.That(Found(text), Is.Empty);

    [Test]
    public void A_url_holding_an_email_is_one_url_span()
    {
        Assert.That(Found("https://app.example.com/invite?email=a@b.com&token=zz9"), Is.EqualTo("Url:https://app.example.com/invite?email=a@b.com&token=zz9"));
    }

    [Test]
    public void Masking_replaces_each_span_by_its_kind_and_keeps_the_rest()
    {
        var masked = PersonalDataDetector.Mask("Call +33 6 12 34 56 78 or write jane@example.com; card 4111 1111 1111 1111, IBAN DE89370400440532013000.");

        Assert.That(masked, Is.EqualTo("Call [phone] or write [email]; card [card], IBAN [iban]."));
    }

    [Test]
    public void Text_without_personal_data_is_returned_as_is_and_tagged_none()
    {
        const string text = "Exports to PDF fail since version 3.2.1";

        Assert.That(PersonalDataDetector.Mask(text), Is.SameAs(text));
        Assert.That(PersonalDataDetector.TagPersonalData(text), Is.SameAs(PersonalDataTag.None));
    }

    [Test]
    public void Each_span_says_why_and_how_sure()
    {
        var span = PersonalDataDetector.TagPersonalData("card 4111111111111111").Spans.Single();

        Assert.That(span.Why, Is.EqualTo("16 digits, Luhn valid, Visa range"));
        Assert.That(span.Confidence, Is.EqualTo(0.95));
    }
}
