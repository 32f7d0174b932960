namespace VoiceOfCustomer.Taggers.Language;

/// <summary>
/// The writing systems the language tagger tells apart by Unicode range. Most decide the language alone (Thai is
/// Thai); Latin, Cyrillic, Arabic and Devanagari are shared by several languages and need n-gram profiles.
/// </summary>
public enum Script : byte
{
    None,
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Oriya,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Myanmar,
    Georgian,
    Hangul,
    Ethiopic,
    Khmer,
    Kana,
    Han,
}
