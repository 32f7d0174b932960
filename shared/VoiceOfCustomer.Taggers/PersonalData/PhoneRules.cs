namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// Whether a digit run that is not a card is a phone number. Numbers alone are ambiguous (order numbers, amounts,
/// dates, versions), so only shapes people use for phones count: an international +CC or 00CC prefix, a national
/// number starting with a trunk 0, a North American (NNN) NNN-NNNN, or 9 to 15 digits right after a phone word.
/// </summary>
internal static class PhoneRules
{
    /// <summary>How many digits a number after a phone word needs to be taken for a phone without a phone's shape.</summary>
    public const int DigitsAfterPhoneWord = 9;

    public static PersonalDataSpan? Judge(ReadOnlySpan<char> text, DigitRun run, bool phoneWordBefore)
    {
        var digits = run.Digits;
        if (digits.Length is < 8 or > 15 || (run.MixedSeparators && text[run.Start] != '+') || LooksLikeDate(run))
        {
            return null;
        }

        var first = text[run.Start];
        (double Confidence, string Why)? verdict = first switch
        {
            '+' when digits[0] != '0' => (0.9, "international number (+ country code)"),
            _ when digits.StartsWith("00") && digits[2] != '0' && digits.Length >= 10 => (0.8, "international number (00 prefix)"),
            '0' when digits.Length is >= 9 and <= 12 && digits[1] != '0' && GroupsLookLikePhone(run) => (0.8, "national number (trunk 0)"),
            '(' when digits.Length == 10 || (digits[0] == '0' && digits.Length is >= 9 and <= 11) => (0.75, "number with an area code in brackets"),
            _ when digits.Length == 10 && run.Groups is [3, 3, 4] && digits[0] is >= '2' and <= '9' && run.Separator != '\0' => (0.7, "North American NNN-NNN-NNNN"),
            _ when phoneWordBefore && digits.Length >= DigitsAfterPhoneWord => (0.7, "9 or more digits right after a phone word"),
            _ => null,
        };
        return verdict is { } v ? new PersonalDataSpan(PersonalDataKind.Phone, run.Start, run.End - run.Start, v.Confidence, v.Why) : null;
    }

    // Groups of 2 to 8 digits ("06 12 34 56 78", "07700 900123", "0151 23456789"), or one unbroken national number.
    private static bool GroupsLookLikePhone(DigitRun run)
    {
        foreach (var group in run.Groups)
        {
            if (group is < 2 or > 8 && run.Groups.Length > 1)
            {
                return false;
            }
        }

        return run.Groups.Length > 1 || run.Digits.Length == 10;
    }

    // 15.01.2024, 01-02-2024 10, 2024-01-15 and the like.
    private static bool LooksLikeDate(DigitRun run)
    {
        var groups = run.Groups;
        if (groups.Length < 3)
        {
            return false;
        }

        var digits = run.Digits;
        var year = groups[0] == 4 ? digits[..4] : groups[0] + groups[1] + 4 <= digits.Length && groups[2] == 4 ? digits.Slice(groups[0] + groups[1], 4) : [];
        var dayOrMonth = groups[0] == 4 ? groups[1] <= 2 && groups[2] <= 2 : groups[0] <= 2 && groups[1] <= 2;
        return dayOrMonth && year.Length == 4 && (year.StartsWith("19") || year.StartsWith("20"));
    }
}
