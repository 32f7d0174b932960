namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>Where one piece of personal data sits in a text (UTF-16 offsets), how sure the detector is, and why.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Start">Index of its first character in the text.</param>
/// <param name="Length">How many characters it covers.</param>
/// <param name="Confidence">0 to 1: a checked number (Luhn, mod 97) is surer than a phone guessed from its shape.</param>
/// <param name="Why">The rule that fired, such as "16 digits, Luhn valid, Visa range".</param>
public sealed record PersonalDataSpan(PersonalDataKind Kind, int Start, int Length, double Confidence, string Why)
{
    public int End => Start + Length;
}
