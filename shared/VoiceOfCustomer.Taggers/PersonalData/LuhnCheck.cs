namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>The Luhn (mod 10) check digit test that every payment card number passes and 9 in 10 random numbers fail.</summary>
public static class LuhnCheck
{
    /// <summary>True when the digits (nothing else) pass the Luhn test.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return false;
        }

        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            var digit = digits[i] - '0';
            if (doubled)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }
}
