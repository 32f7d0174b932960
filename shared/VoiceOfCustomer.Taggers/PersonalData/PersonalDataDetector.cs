using System.Text;

namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>
/// Finds personal data in feedback text (emails, phones, Luhn-checked cards, mod-97-checked IBANs, URLs carrying
/// secrets) with hand-written scanners, no regex, and masks it. Static and stateless: nothing to load, safe on any thread.
/// </summary>
public static class PersonalDataDetector
{
    /// <summary>Every piece of personal data in the text, in order; where two overlap, the one starting first (then the longer) is kept.</summary>
    public static PersonalDataTag TagPersonalData(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PersonalDataSpan>();
        IbanScanner.Scan(text, found);
        UrlScanner.Scan(text, found);
        EmailScanner.Scan(text, found);
        DigitScanner.Scan(text, found);
        if (found.Count == 0)
        {
            return PersonalDataTag.None;
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<PersonalDataSpan>(found.Count);
        foreach (var span in found)
        {
            if (kept.Count == 0 || span.Start >= kept[^1].End)
            {
                kept.Add(span);
            }
        }

        return new PersonalDataTag(kept);
    }

    /// <summary>The text with each piece of personal data replaced by its kind, as in "write to [email]".</summary>
    public static string Mask(string text)
    {
        var spans = TagPersonalData(text).Spans;
        if (spans.Count == 0)
        {
            return text;
        }

        var masked = new StringBuilder(text.Length);
        var at = 0;
        foreach (var span in spans)
        {
            masked.Append(text, at, span.Start - at).Append(MaskOf(span.Kind));
            at = span.End;
        }

        return masked.Append(text, at, text.Length - at).ToString();
    }

    public static string MaskOf(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Email => "[email]",
        PersonalDataKind.Phone => "[phone]",
        PersonalDataKind.Card => "[card]",
        PersonalDataKind.Iban => "[iban]",
        PersonalDataKind.Url => "[url]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind of personal data"),
    };
}
