using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Prioritization.Features.Holds;

/// <summary>
/// The title of a request created for a reinstated item: its text's first line with personal data masked (titles are
/// shown and exported everywhere), cut at a word within 80 characters.
/// </summary>
public static class RequestTitle
{
    public const int MaxLength = 80;

    public static string From(string text, Guid feedbackId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = PersonalDataDetector.Mask(text.Trim().Split('\n', 2)[0]).Trim();
        if (line.Length == 0)
        {
            return $"Reinstated feedback {feedbackId.ToString("N")[..8]}";
        }

        if (line.Length <= MaxLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', MaxLength - 1);
        return string.Concat(line.AsSpan(0, cut > MaxLength / 2 ? cut : MaxLength - 1).TrimEnd(), "…");
    }
}
