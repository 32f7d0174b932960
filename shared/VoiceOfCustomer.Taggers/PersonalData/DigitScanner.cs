namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// Card and phone numbers, from runs of digits that stand alone (not inside a word, a version such as v2.10.3, an
/// order number after #, or an amount after a currency sign). A card must be 13 to 19 digits in a card's grouping,
/// start in a card network's range and pass Luhn; a phone must look like one (international prefix, a national
/// trunk 0, a US 3-3-4, or a phone word just before) and not like a date or a time.
/// </summary>
internal static class DigitScanner
{
    private const int LookBehind = 30;

    private static readonly string[] PhoneWords =
    [
        "tel", "tél", "phone", "call", "mobile", "cell", "whatsapp", "sms", "fax", "portable", "appeler", "teléfono",
        "telefono", "móvil", "movil", "llamar", "telefon", "handy", "anrufen", "telefone", "celular", "ligar", "telemóvel",
        "cellulare", "chiamare", "телефон", "звон", "هاتف", "جوال", "फोन", "फ़ोन", "电话", "電話", "手机", "手機", "携帯", "전화",
        "휴대폰", "핸드폰", "โทร",
    ];

    public static void Scan(ReadOnlySpan<char> text, List<PersonalDataSpan> found)
    {
        Span<char> digits = stackalloc char[32];
        Span<int> groups = stackalloc int[32];
        for (var i = 0; i < text.Length; i++)
        {
            if (!StartsRun(text, i))
            {
                continue;
            }

            var run = DigitRun.Read(text, i, digits, groups);
            if (TextBoundaries.EndsAlone(text, run.End) && !IsInsideLargerNumber(text, run))
            {
                var span = CardRules.Judge(run) ?? PhoneRules.Judge(text, run, run.Digits.Length >= PhoneRules.DigitsAfterPhoneWord && PhoneWordBefore(text, run.Start));
                if (span is not null)
                {
                    found.Add(span);
                }
            }

            i = Math.Max(i, run.End - 1);
        }
    }

    private static bool StartsRun(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        var startsNumber = char.IsAsciiDigit(c) || (c is '+' or '(' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));
        return startsNumber && TextBoundaries.StartsAlone(text, i) && (i == 0 || text[i - 1] is not ('#' or '$' or '€' or '£' or '¥' or '/' or '+' or '-' or '.' or ',' or ':'));
    }

    // "1.234.567.890,50" or "10.0.19045.3803" continue past what the run read: a decimal or a build, not a phone.
    private static bool IsInsideLargerNumber(ReadOnlySpan<char> text, DigitRun run) =>
        run.End + 1 < text.Length && text[run.End] is ',' or ':' or '/' && char.IsAsciiDigit(text[run.End + 1]);

    private static bool PhoneWordBefore(ReadOnlySpan<char> text, int start)
    {
        var before = text[Math.Max(0, start - LookBehind)..start];
        foreach (var word in PhoneWords)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
