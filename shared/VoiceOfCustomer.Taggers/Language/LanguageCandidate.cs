namespace VoiceOfCustomer.Taggers.Language;

/// <summary>A language the tagger considered (ISO 639-1 code) with its probability among the script's languages.</summary>
public readonly record struct LanguageCandidate(string Language, double Probability)
{
    public override string ToString() => $"{Language} {Probability:0.00}";
}
