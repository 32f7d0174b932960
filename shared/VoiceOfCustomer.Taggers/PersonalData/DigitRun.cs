namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// A run of digits with the separators people type inside numbers (one space, dash, dot, or brackets): its digits
/// alone, the length of each group, and which separator it used, read once and judged as a card or a phone.
/// </summary>
internal readonly ref struct DigitRun
{
    private const int MaxDigits = 24;

    private DigitRun(int start, int end, ReadOnlySpan<char> digits, ReadOnlySpan<int> groups, char separator, bool mixedSeparators)
    {
        Start = start;
        End = end;
        Digits = digits;
        Groups = groups;
        Separator = separator;
        MixedSeparators = mixedSeparators;
    }

    public int Start { get; }

    public int End { get; }

    public ReadOnlySpan<char> Digits { get; }

    public ReadOnlySpan<int> Groups { get; }

    /// <summary>The separator between groups ('\0' when the digits are contiguous); brackets are not counted.</summary>
    public char Separator { get; }

    public bool MixedSeparators { get; }

    /// <summary>Reads the run starting at start (a digit, '+' or '('); digits and groups are written into the buffers.</summary>
    public static DigitRun Read(ReadOnlySpan<char> text, int start, Span<char> digits, Span<int> groups)
    {
        int count = 0, groupCount = 0, groupLength = 0, end = start, pendingSeparators = 0;
        char separator = '\0', pending = '\0';
        var mixed = false;
        for (var i = start; i < text.Length && count < MaxDigits; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                // A separator counts only once a digit follows it, so trailing punctuation never does.
                if (pending != '\0' && count > 0)
                {
                    mixed |= separator != '\0' && separator != pending;
                    separator = separator == '\0' ? pending : separator;
                }

                digits[count++] = c;
                groupLength++;
                pendingSeparators = 0;
                pending = '\0';
                end = i + 1;
                continue;
            }

            if (!(c is ' ' or '-' or '.' or '(' or ')' || (c == '+' && i == start)) || ++pendingSeparators > 2)
            {
                break;
            }

            if (groupLength > 0)
            {
                groups[groupCount++] = groupLength;
                groupLength = 0;
            }

            // The space around an area code in brackets, "+1 (415) 555-2671", is part of the brackets.
            var besideBracket = c == ' ' && (text[i - 1] == ')' || (i + 1 < text.Length && text[i + 1] == '('));
            pending = c is ' ' or '-' or '.' && !besideBracket ? c : pending;
        }

        if (groupLength > 0)
        {
            groups[groupCount++] = groupLength;
        }

        return new DigitRun(start, end, digits[..count], groups[..groupCount], separator, mixed);
    }
}
