using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Tagging.Tests.PersonalData;

public sealed class When_check_digits_are_verified
{
    [TestCase("4111111111111111", true)]
    [TestCase("79927398713", true)]
    [TestCase("79927398710", false)]
    [TestCase("4111111111111112", false)]
    [TestCase("4111-1111", false)]
    [TestCase("", false)]
    public void Luhn_accepts_only_digit_strings_whose_check_digit_holds(string digits, bool valid) =>
        Assert.That(LuhnCheck.IsValid(digits), Is.EqualTo(valid));

    [TestCase("DE89370400440532013000", true)]
    [TestCase("de89370400440532013000", true)]
    [TestCase("GB82WEST12345698765432", true)]
    [TestCase("NO9386011117947", true)]
    [TestCase("DE88370400440532013000", false)]
    [TestCase("DE8937040044053201300", false)]
    [TestCase("ZZ89370400440532013000", false)]
    [TestCase("DE89 3704 0044 0532 0130 00", false)]
    public void An_IBAN_needs_its_country_length_and_mod_97_equal_to_one(string iban, bool valid) =>
        Assert.That(IbanCheck.IsValid(iban), Is.EqualTo(valid));
}
