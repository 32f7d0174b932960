using System.Globalization;
using System.Text;

namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// Folds text one character for one character, so positions in the folded copy are positions in the original:
/// words lower-cased without accents and digits as '0', everything else a space. Features and phrases both read
/// this copy, so "Problème" in a review matches "probleme" in a phrase list and "v4.2" equals "v5.1".
/// </summary>
internal static class TextFold
{
    public const char Space = ' ';

    private static readonly char[] LatinFold = BuildLatinFold();

    /// <summary>Writes the folded copy of <paramref name="text"/> into <paramref name="folded"/> (same length).</summary>
    public static void Fold(ReadOnlySpan<char> text, Span<char> folded)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                folded[i] = char.IsDigit(c) ? '0' : c < LatinFold.Length ? LatinFold[c] : char.ToLowerInvariant(c);
            }
            else
            {
                // An apostrophe between letters stays in the word: "doesn't" is one word, "'quoted'" is not.
                var isApostrophe = c is '\'' or '\u2019';
                folded[i] = isApostrophe && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])
                    ? '\''
                    : Space;
            }
        }
    }

    /// <summary>A phrase folded like text, with runs of spaces collapsed to one and none at either end.</summary>
    public static string FoldPhrase(string phrase)
    {
        var folded = new char[phrase.Length];
        Fold(phrase, folded);
        var words = new string(folded).Split(Space, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(Space, words);
    }

    private static char[] BuildLatinFold()
    {
        // Latin-1 and Latin Extended-A: lower-case and drop the accent (é -> e), letters without one stay as they are (ß, ø).
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.Length > 0 && char.IsLetter(decomposed[0]) ? decomposed[0] : (char)c;
            table[c] = char.ToLower(baseChar, CultureInfo.InvariantCulture);
        }

        return table;
    }
}
