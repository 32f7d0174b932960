namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// IBANs, compact or printed in groups of four: a country code, two check digits, then exactly the country's length
/// of letters and digits, accepted only when the mod-97 check holds.
/// </summary>
internal static class IbanScanner
{
    private const int LongestIban = 34;

    public static void Scan(ReadOnlySpan<char> text, List<PersonalDataSpan> found)
    {
        Span<char> compact = stackalloc char[LongestIban];
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (!char.IsAsciiLetter(text[i]) || !char.IsAsciiLetter(text[i + 1]) || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3]) || !TextBoundaries.StartsAlone(text, i))
            {
                continue;
            }

            Span<char> country = [char.ToUpperInvariant(text[i]), char.ToUpperInvariant(text[i + 1])];
            var length = IbanCheck.LengthOf(country);
            if (length == 0)
            {
                continue;
            }

            var end = Collect(text, i, length, compact);
            if (end > 0 && TextBoundaries.EndsAlone(text, end) && IbanCheck.IsValid(compact[..length]))
            {
                found.Add(new PersonalDataSpan(PersonalDataKind.Iban, i, end - i, 0.98, $"{country} IBAN, {length} characters, mod-97 valid"));
                i = end;
            }
        }
    }

    // Copies letters and digits (skipping single spaces between groups) until the country's length; returns the end, or -1.
    private static int Collect(ReadOnlySpan<char> text, int start, int length, Span<char> compact)
    {
        var count = 0;
        var i = start;
        while (i < text.Length && count < length)
        {
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                compact[count++] = text[i++];
            }
            else if (text[i] == ' ' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) && count % 4 == 0)
            {
                i++;
            }
            else
            {
                return -1;
            }
        }

        return count == length ? i : -1;
    }
}
