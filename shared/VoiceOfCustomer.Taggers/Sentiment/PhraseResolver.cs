namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// Applies multi-word phrases before scoring: a two-word modifier ("kind of") leaves its first words without
/// valence and gives its role to the last; an idiom ("yeah right") replaces its words' valences with its own,
/// carried by its last word.
/// </summary>
internal static class PhraseResolver
{
    public static void Resolve(string text, Span<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Entry is not { Phrases.Count: > 0 } entry)
            {
                continue;
            }

            foreach (var phrase in entry.Phrases)
            {
                if (Matches(text, tokens, i + 1, phrase.Rest))
                {
                    var last = i + phrase.Rest.Length;
                    for (var j = i; j < last; j++)
                    {
                        tokens[j].Valence = float.NaN;
                        tokens[j].Role = WordRole.None;
                    }

                    tokens[last].Role = phrase.Role;
                    tokens[last].Valence = phrase.Valence;
                    i = last;
                    break;
                }
            }
        }
    }

    private static bool Matches(string text, Span<Token> tokens, int from, string[] words)
    {
        if (from + words.Length > tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[from + k];
            if (!token.IsWord || !text.AsSpan(token.Start, token.Length).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
