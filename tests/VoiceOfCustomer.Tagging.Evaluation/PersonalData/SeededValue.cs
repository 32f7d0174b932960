using System.Globalization;
using System.Numerics;
using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Tagging.Evaluation.PersonalData;

/// <summary>
/// One line of seeded-values.tsv: a valid piece of personal data of one kind. Cards and IBANs are checked here with
/// their own checksums, apart from the detector's, so a typo in the seed is an error, never a "miss".
/// </summary>
internal sealed record SeededValue(PersonalDataKind Kind, string Value, string Note)
{
    public static List<SeededValue> Read(string path)
    {
        var values = new List<SeededValue>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var fields = line.Split('\t');
            var value = fields.Length == 3 ? new SeededValue(Enum.Parse<PersonalDataKind>(fields[0], ignoreCase: true), fields[1], fields[2]) : null;
            if (value is null || !value.PassesChecksum())
            {
                throw new InvalidDataException($"{path}: '{line}' is not 'kind TAB value TAB note' with a valid card or IBAN checksum.");
            }

            values.Add(value);
        }

        return values;
    }

    private bool PassesChecksum() => Kind switch
    {
        PersonalDataKind.Card => Luhn(string.Concat(Value.Where(char.IsAsciiDigit))),
        PersonalDataKind.Iban => Mod97(Value.Replace(" ", "", StringComparison.Ordinal)),
        _ => true,
    };

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = (digits[^(i + 1)] - '0') * (i % 2 == 1 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }

        return digits.Length >= 12 && sum % 10 == 0;
    }

    // ISO 13616: the first four characters moved to the end, letters as 10 to 35, the number modulo 97 is 1.
    private static bool Mod97(string iban)
    {
        var number = string.Concat((iban[4..] + iban[..4]).Select(c => char.IsAsciiDigit(c) ? c.ToString() : (char.ToUpperInvariant(c) - 'A' + 10).ToString(CultureInfo.InvariantCulture)));
        return iban.Length >= 15 && iban.All(char.IsAsciiLetterOrDigit) && BigInteger.Parse(number, CultureInfo.InvariantCulture) % 97 == 1;
    }
}
