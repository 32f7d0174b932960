namespace VoiceOfCustomer.Tagging.Evaluation.Language;

/// <summary>
/// franc answers in ISO 639-3 (individual languages such as "arb", "pes", "cmn"); the product and the evaluation
/// texts use ISO 639-1. This maps each franc code of a language our tagger supports to its ISO 639-1 code.
/// </summary>
internal static class FrancCodes
{
    private static readonly Dictionary<string, string> ToIso6391 = new(StringComparer.Ordinal)
    {
        ["afr"] = "af", ["arb"] = "ar", ["azj"] = "az", ["bel"] = "be", ["bul"] = "bg", ["ben"] = "bn",
        ["bos"] = "bs", ["cat"] = "ca", ["ces"] = "cs", ["cym"] = "cy", ["dan"] = "da", ["deu"] = "de",
        ["ell"] = "el", ["eng"] = "en", ["epo"] = "eo", ["spa"] = "es", ["ekk"] = "et", ["est"] = "et",
        ["eus"] = "eu", ["pes"] = "fa", ["fin"] = "fi", ["fra"] = "fr", ["gle"] = "ga", ["glg"] = "gl",
        ["guj"] = "gu", ["heb"] = "he", ["hin"] = "hi", ["hrv"] = "hr", ["hun"] = "hu", ["hye"] = "hy",
        ["ind"] = "id", ["isl"] = "is", ["ita"] = "it", ["jpn"] = "ja", ["kat"] = "ka", ["kaz"] = "kk",
        ["khm"] = "km", ["kan"] = "kn", ["kor"] = "ko", ["lit"] = "lt", ["lvs"] = "lv", ["mkd"] = "mk",
        ["mal"] = "ml", ["mar"] = "mr", ["zlm"] = "ms", ["zsm"] = "ms", ["mya"] = "my", ["nob"] = "nb",
        ["npi"] = "ne", ["nld"] = "nl", ["nno"] = "nn", ["pan"] = "pa", ["pol"] = "pl", ["por"] = "pt",
        ["ron"] = "ro", ["rus"] = "ru", ["sin"] = "si", ["slk"] = "sk", ["slv"] = "sl", ["als"] = "sq",
        ["srp"] = "sr", ["swe"] = "sv", ["tam"] = "ta", ["tel"] = "te", ["tha"] = "th", ["tur"] = "tr",
        ["ukr"] = "uk", ["urd"] = "ur", ["vie"] = "vi", ["cmn"] = "zh", ["amh"] = "am", ["lao"] = "lo",
        ["ory"] = "or",
    };

    /// <summary>The ISO 639-1 code of a franc answer, or the answer itself for a language we do not support.</summary>
    public static string ToOurs(string francCode) => ToIso6391.TryGetValue(francCode, out var code) ? code : francCode;

    /// <summary>franc's codes for the given ISO 639-1 codes, for franc's `only` option.</summary>
    public static IEnumerable<string> ForOurs(IEnumerable<string> languages) =>
        ToIso6391.Where(pair => languages.Contains(pair.Value)).Select(pair => pair.Key);
}
