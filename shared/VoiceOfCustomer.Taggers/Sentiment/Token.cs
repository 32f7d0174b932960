namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// One word, emoticon or emoji of the text being scored, as a position in it, with what its language says about
/// it. Valence and role start from the lexicon and are changed by phrases ("kind of", idioms) before scoring.
/// </summary>
internal struct Token
{
    public int Start;
    public int Length;
    public float Valence;
    public WordRole Role;
    public bool IsWord;
    public bool IsAllCaps;

    /// <summary>The token follows clause punctuation (, . ; : ! ?): negations and boosters before it do not reach past.</summary>
    public bool StartsClause;
    public WordEntry? Entry;

    public readonly int End => Start + Length;

    public readonly bool HasValence => !float.IsNaN(Valence);
}
