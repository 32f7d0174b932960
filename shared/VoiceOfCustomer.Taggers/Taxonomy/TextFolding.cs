using System.Globalization;
using System.Text;

namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// Folds text for matching: lower case, diacritics removed (é to e, ß to ss), every run of characters that are not
/// letters or digits turned into one space, no leading or trailing space. Phrases and feedback are folded the same
/// way, so "Facturação" matches "faturacao" and "l'export" matches "export" on a word boundary.
/// </summary>
public static class TextFolding
{
    private const int TableSize = 0x250;

    // Latin-1 and Latin Extended-A/B, decomposed once; a zero entry means "not a letter or digit".
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>The largest folded length for a text of this length (a few letters fold to two).</summary>
    public static int MaxFoldedLength(int textLength) => textLength * 2;

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[MaxFoldedLength(text.Length)];
        return new string(buffer, 0, Fold(text, buffer));
    }

    /// <summary>Writes the folded text into destination (at least MaxFoldedLength long) and returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            char folded;
            if (c < TableSize)
            {
                folded = FoldTable[c];
            }
            else
            {
                folded = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
            }

            if (folded == '\0')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            length = Append(c, folded, destination, length);
        }

        return length;
    }

    private static int Append(char original, char folded, Span<char> destination, int length)
    {
        switch (original)
        {
            case 'ß':
                destination[length++] = 's';
                destination[length++] = 's';
                return length;
            case 'æ' or 'Æ':
                destination[length++] = 'a';
                destination[length++] = 'e';
                return length;
            case 'œ' or 'Œ':
                destination[length++] = 'o';
                destination[length++] = 'e';
                return length;
            default:
                destination[length++] = folded;
                return length;
        }
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            var character = (char)c;
            if (!char.IsLetterOrDigit(character))
            {
                continue;
            }

            var decomposed = character.ToString().Normalize(NormalizationForm.FormD);
            var baseCharacter = decomposed.FirstOrDefault(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark);
            table[c] = char.ToLowerInvariant(baseCharacter == '\0' ? character : baseCharacter);
        }

        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['ł'] = 'l';
        table['Ł'] = 'l';
        return table;
    }
}
