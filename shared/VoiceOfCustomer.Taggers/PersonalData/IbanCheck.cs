using System.Collections.Frozen;
using System.Globalization;

namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// IBAN validation (ISO 13616): the country's fixed length and the mod-97 check digits. Lengths are from the SWIFT
/// IBAN registry for the countries that issue IBANs.
/// </summary>
public static class IbanCheck
{
    private static readonly FrozenDictionary<string, int> Lengths = """
        AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29
        ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28
        LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25
        QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenDictionary(entry => entry[..2], entry => int.Parse(entry[2..], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> LengthsBySpan = Lengths.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The IBAN length of a country (upper-case ISO 3166 code), or 0 when it issues none.</summary>
    public static int LengthOf(ReadOnlySpan<char> country) =>
        LengthsBySpan.TryGetValue(country, out var length) ? length : 0;

    /// <summary>True for a compact IBAN (no spaces, letters in either case) of its country's length whose check digits hold.</summary>
    public static bool IsValid(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 4 || !char.IsAsciiLetter(iban[0]) || !char.IsAsciiLetter(iban[1]) || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        Span<char> country = [char.ToUpperInvariant(iban[0]), char.ToUpperInvariant(iban[1])];
        if (LengthOf(country) != iban.Length)
        {
            return false;
        }

        // The first four characters move to the end; letters count as 10 to 35; the remainder mod 97 must be 1.
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetter(c))
            {
                remainder = ((remainder * 100) + (char.ToUpperInvariant(c) - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }
}
