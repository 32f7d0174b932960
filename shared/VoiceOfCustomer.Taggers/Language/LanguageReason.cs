namespace VoiceOfCustomer.Taggers.Language;

/// <summary>Why the language tagger said what it said: how it decided, or why it left the language undetermined.</summary>
public enum LanguageReason
{
    /// <summary>The script is written by one supported language only (Thai, Hangul, Greek...).</summary>
    Script,

    /// <summary>The n-gram profiles of the script's languages put one clearly first.</summary>
    Profile,

    /// <summary>Candidates were close, and the account's declared language was one of them.</summary>
    DeclaredLanguage,

    /// <summary>Undetermined: too few letters to tell.</summary>
    TooShort,

    /// <summary>Undetermined: no script holds a clear majority of the letters.</summary>
    MixedScripts,

    /// <summary>Undetermined: the best two candidates are too close.</summary>
    TooClose,

    /// <summary>Undetermined: the text fits none of the profiles (another language, or not language at all).</summary>
    NoProfileFits,
}
