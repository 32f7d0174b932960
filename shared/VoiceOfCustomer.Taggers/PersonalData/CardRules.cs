namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// Whether a digit run is a payment card number: 13 to 19 digits, contiguous or in the groupings cards are printed
/// in (4-4-4-4[-1..3], Amex 4-6-5, Diners 4-6-4), in a network's number range, and Luhn valid.
/// </summary>
internal static class CardRules
{
    public static PersonalDataSpan? Judge(DigitRun run)
    {
        var digits = run.Digits;
        if (digits.Length is < 13 or > 19 || run.MixedSeparators || run.Separator == '.' || !IsCardGrouping(run.Groups, digits.Length))
        {
            return null;
        }

        var network = Network(digits);
        if (network is null || (network == "Amex" && digits.Length != 15) || !LuhnCheck.IsValid(digits) || digits.ContainsAnyExcept(digits[0]) is false)
        {
            return null;
        }

        return new PersonalDataSpan(PersonalDataKind.Card, run.Start, run.End - run.Start, 0.95, $"{digits.Length} digits, Luhn valid, {network} range");
    }

    private static bool IsCardGrouping(ReadOnlySpan<int> groups, int digits)
    {
        if (groups.Length == 1)
        {
            return true;
        }

        if (groups.Length == 3 && groups[0] == 4 && groups[1] == 6 && groups[2] is 4 or 5)
        {
            return true;
        }

        for (var g = 0; g < groups.Length - 1; g++)
        {
            if (groups[g] != 4)
            {
                return false;
            }
        }

        return groups[^1] is >= 1 and <= 4 && digits >= 16;
    }

    private static string? Network(ReadOnlySpan<char> digits)
    {
        var two = ((digits[0] - '0') * 10) + (digits[1] - '0');
        var four = (two * 100) + ((digits[2] - '0') * 10) + (digits[3] - '0');
        return digits[0] switch
        {
            '4' => "Visa",
            '5' when two is >= 51 and <= 55 => "Mastercard",
            '5' when two is >= 56 and <= 58 || four is 5018 or 5020 or 5038 => "Maestro",
            '2' when four is >= 2221 and <= 2720 => "Mastercard",
            '3' when two is 34 or 37 => "Amex",
            '3' when two is 30 or 36 or 38 or 39 => "Diners",
            '3' when four is >= 3528 and <= 3589 => "JCB",
            '6' when four == 6011 || two == 65 || four is >= 6440 and <= 6499 => "Discover",
            '6' when two is 62 or 67 or 60 => "UnionPay/Maestro",
            _ => null,
        };
    }
}
