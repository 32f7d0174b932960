namespace VoiceOfCustomer.Taggers.Language;

/// <summary>
/// How many letters of a text each script holds, and which script dominates. Kana count with Han (Japanese mixes
/// both), so a Japanese text is one CJK text, not a mix. Shares are weighed by what a character carries: a Han or
/// Hangul character is a syllable or a word (counted as <see cref="SyllabicWeight"/> letters), and Latin letters
/// count half beside another script, where they are mostly product names and technical terms ("Firefox", "HTTPS").
/// </summary>
internal readonly record struct ScriptCensus(Script Dominant, int DominantLetters, int Letters, double DominantShare, double KanaShareOfHan)
{
    private const double SyllabicWeight = 3;
    private const double LatinWeightBesideOtherScripts = 0.5;

    public static ScriptCensus Of(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[UnicodeScripts.Count];
        foreach (var c in text)
        {
            counts[(int)UnicodeScripts.Of(c)]++;
        }

        counts[(int)Script.None] = 0;
        var kana = counts[(int)Script.Kana];
        counts[(int)Script.Han] += kana;
        counts[(int)Script.Kana] = 0;
        var letters = 0;
        for (var script = 1; script < counts.Length; script++)
        {
            letters += counts[script];
        }

        var dominant = Script.None;
        var dominantWeight = 0.0;
        var totalWeight = 0.0;
        var otherThanLatin = letters > counts[(int)Script.Latin];
        for (var script = 1; script < counts.Length; script++)
        {
            var weight = counts[script] * (Script)script switch
            {
                Script.Han or Script.Hangul => SyllabicWeight,
                Script.Latin when otherThanLatin => LatinWeightBesideOtherScripts,
                _ => 1,
            };
            totalWeight += weight;
            if (weight > dominantWeight)
            {
                dominant = (Script)script;
                dominantWeight = weight;
            }
        }

        var han = counts[(int)Script.Han];
        return new ScriptCensus(dominant, counts[(int)dominant], letters, letters == 0 ? 0 : dominantWeight / totalWeight, han == 0 ? 0 : (double)kana / han);
    }
}
