using System.Text.RegularExpressions;
using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Ingestion.Features.Erasure;

/// <summary>
/// A free text with a person's data taken out: every mention of their name (whole words, any case) becomes [name],
/// then every personal data span the detector finds (emails, phones, cards, IBANs, token URLs) becomes its kind.
/// </summary>
public static class ErasedText
{
    public const string NameMask = "[name]";

    public static string? Of(string? text, string? name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            text = Regex.Replace(text, $@"(?<!\w){Regex.Escape(name.Trim())}(?!\w)", NameMask, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return PersonalDataDetector.Mask(text);
    }
}
