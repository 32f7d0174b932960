using System.Text;

namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// Splits a text into the tokens VADER's rules look at: words with the punctuation at their edges cut off (words
/// of one letter dropped), emoticons kept whole, emoji split from the words they touch, and elided prefixes cut at
/// the apostrophe ("n'aime" gives the negation "n'" and "aime"). Counts '!' and '?' on the way. One per thread,
/// reused from text to text so that scoring allocates no token array.
/// </summary>
internal sealed class Tokenizer
{
    private LanguageLexicon lexicon = null!;
    private SymbolLexicon symbols = null!;
    private bool clauseEnded;

    public int Exclamations { get; private set; }

    public int QuestionMarks { get; private set; }

    public int Count { get; private set; }

    public Token[] Tokens { get; private set; } = new Token[64];

    public void Scan(string text, LanguageLexicon language, SymbolLexicon symbolLexicon)
    {
        lexicon = language;
        symbols = symbolLexicon;
        Count = 0;
        Exclamations = 0;
        QuestionMarks = 0;
        clauseEnded = false;
        var position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]))
            {
                Exclamations += text[position] == '!' ? 1 : 0;
                QuestionMarks += text[position] == '?' ? 1 : 0;
                position++;
            }

            if (position > start)
            {
                ScanChunk(text, start, position);
            }
        }
    }

    private void ScanChunk(string text, int start, int end)
    {
        var emoticon = symbols.Emoticon(text.AsSpan(start, end - start));
        if (!float.IsNaN(emoticon))
        {
            Add(new Token { Start = start, Length = end - start, Valence = emoticon });
            return;
        }

        var pieceStart = start;
        for (var position = start; position < end;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(position, end - position), out var rune, out var consumed);
            var codePoint = status == System.Buffers.OperationStatus.Done ? rune.Value : 0;
            if (SymbolLexicon.IsEmoji(codePoint) || SymbolLexicon.IsEmojiJoiner(codePoint))
            {
                AddWord(text, pieceStart, position);
                var valence = symbols.Emoji(codePoint);
                if (!float.IsNaN(valence))
                {
                    Add(new Token { Start = position, Length = consumed, Valence = valence });
                }

                pieceStart = position + consumed;
            }

            position += consumed;
        }

        AddWord(text, pieceStart, end);
    }

    private void AddWord(string text, int start, int end)
    {
        while (start < end && IsEdgePunctuation(text[start]))
        {
            start++;
        }

        var stripped = end;
        while (stripped > start && IsEdgePunctuation(text[stripped - 1]))
        {
            stripped--;
        }

        if (lexicon.HasElisions)
        {
            start = SplitElision(text, start, stripped);
        }

        if (stripped - start >= 2)
        {
            AddLexiconWord(text, start, stripped, isHashtag: start > 0 && text[start - 1] == '#');
        }

        clauseEnded |= text.AsSpan(stripped, end - stripped).IndexOfAny(ClausePunctuation) >= 0;
    }

    /// <summary>Cuts "l'", "qu'", "n'" off the word; keeps a negating one ("n'") as a token of its own.</summary>
    private int SplitElision(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe <= 0 || apostrophe > 6 || !lexicon.IsElision(word[..apostrophe]))
        {
            return start;
        }

        var entry = lexicon.Find(word[..(apostrophe + 1)]);
        if (entry?.Role == WordRole.Negation)
        {
            AddLexiconWord(text, start, start + apostrophe + 1, isHashtag: false);
        }

        return start + apostrophe + 1;
    }

    /// <summary>A hashtag's capitals are a convention ("#FAIL"), not shouting: they get no capitals emphasis.</summary>
    private void AddLexiconWord(string text, int start, int end, bool isHashtag)
    {
        var word = text.AsSpan(start, end - start);
        var entry = lexicon.Find(word);
        var role = entry?.Role ?? WordRole.None;
        if (role == WordRole.None && lexicon.EndsWithNegation(word))
        {
            role = WordRole.Negation;
        }

        Add(new Token
        {
            Start = start,
            Length = end - start,
            Valence = entry?.Valence ?? float.NaN,
            Role = role,
            IsWord = true,
            IsAllCaps = !isHashtag && IsAllCaps(word),
            Entry = entry,
        });
    }

    private void Add(Token token)
    {
        if (Count == Tokens.Length)
        {
            var grown = new Token[Tokens.Length * 2];
            Tokens.AsSpan().CopyTo(grown);
            Tokens = grown;
        }

        token.StartsClause = clauseEnded;
        clauseEnded = false;
        Tokens[Count++] = token;
    }

    /// <summary>Upper-case letters and no lower-case ones, like Python's str.isupper that VADER uses.</summary>
    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var upper = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            upper |= char.IsUpper(c);
        }

        return upper;
    }

    private static readonly System.Buffers.SearchValues<char> ClausePunctuation = System.Buffers.SearchValues.Create(",.;:!?…");

    private static bool IsEdgePunctuation(char c) => char.IsPunctuation(c) || (c < 128 && char.IsSymbol(c));
}
