using System.Globalization;

namespace VoiceOfCustomer.Taggers.Language;

/// <summary>
/// The script of every letter or combining mark of the Basic Multilingual Plane, in one 64 KB table built once,
/// so reading a text's scripts is a table lookup per character. Anything else (digits, punctuation, symbols,
/// spaces, letters of scripts not listed) is <see cref="Script.None"/> and separates words.
/// </summary>
internal static class UnicodeScripts
{
    /// <summary>How many values <see cref="Script"/> has, for per-script tallies.</summary>
    public const int Count = (int)Script.Han + 1;

    // Kept equal to SCRIPT_RANGES in build-profiles.py for the four scripts that have n-gram profiles.
    private static readonly (int First, int Last, Script Script)[] Ranges =
    [
        (0x0041, 0x005A, Script.Latin), (0x0061, 0x007A, Script.Latin), (0x00C0, 0x00D6, Script.Latin),
        (0x00D8, 0x00F6, Script.Latin), (0x00F8, 0x024F, Script.Latin), (0x0300, 0x036F, Script.Latin),
        (0x1E00, 0x1EFF, Script.Latin),
        (0x0370, 0x03FF, Script.Greek), (0x1F00, 0x1FFF, Script.Greek),
        (0x0400, 0x052F, Script.Cyrillic),
        (0x0530, 0x058F, Script.Armenian),
        (0x0590, 0x05FF, Script.Hebrew), (0xFB1D, 0xFB4F, Script.Hebrew),
        (0x0600, 0x06FF, Script.Arabic), (0x0750, 0x077F, Script.Arabic), (0x08A0, 0x08FF, Script.Arabic),
        (0xFB50, 0xFDFF, Script.Arabic), (0xFE70, 0xFEFF, Script.Arabic),
        (0x0900, 0x097F, Script.Devanagari),
        (0x0980, 0x09FF, Script.Bengali),
        (0x0A00, 0x0A7F, Script.Gurmukhi),
        (0x0A80, 0x0AFF, Script.Gujarati),
        (0x0B00, 0x0B7F, Script.Oriya),
        (0x0B80, 0x0BFF, Script.Tamil),
        (0x0C00, 0x0C7F, Script.Telugu),
        (0x0C80, 0x0CFF, Script.Kannada),
        (0x0D00, 0x0D7F, Script.Malayalam),
        (0x0D80, 0x0DFF, Script.Sinhala),
        (0x0E00, 0x0E7F, Script.Thai),
        (0x0E80, 0x0EFF, Script.Lao),
        (0x1000, 0x109F, Script.Myanmar),
        (0x10A0, 0x10FF, Script.Georgian), (0x2D00, 0x2D2F, Script.Georgian),
        (0x1100, 0x11FF, Script.Hangul), (0x3130, 0x318F, Script.Hangul), (0xAC00, 0xD7AF, Script.Hangul),
        (0x1200, 0x139F, Script.Ethiopic),
        (0x1780, 0x17FF, Script.Khmer),
        (0x3040, 0x30FF, Script.Kana), (0x31F0, 0x31FF, Script.Kana), (0xFF66, 0xFF9F, Script.Kana),
        (0x3400, 0x4DBF, Script.Han), (0x4E00, 0x9FFF, Script.Han), (0xF900, 0xFAFF, Script.Han),
    ];

    private static readonly Script[] Table = BuildTable();

    public static Script Of(char c) => Table[c];

    private static Script[] BuildTable()
    {
        var table = new Script[char.MaxValue + 1];
        foreach (var (first, last, script) in Ranges)
        {
            for (var c = first; c <= last; c++)
            {
                if (IsLetterOrMark((char)c))
                {
                    table[c] = script;
                }
            }
        }

        return table;
    }

    private static bool IsLetterOrMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.EnclosingMark;
}
