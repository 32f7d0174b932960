namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// VADER's rules over the tokens of one text (Hutto and Gilbert, ICWSM 2014, section 3): each sentiment word's
/// valence, raised in capitals among lower-case words, moved by the boosters and dampeners up to three words before
/// it, flipped by a negation there, halved before a contrast word and raised after it; then '!' and '?' amplify the
/// sum, which is normalised into -1..+1. Departures from the paper, each measured in the evaluation: negations and
/// boosters do not reach across clause punctuation ("No, it's great") or past another sentiment word ("don't care
/// don't care" is not a double negation), flip a word once however many negations precede it (French "ne ... pas"
/// is one negation), and do not change emoticons and emoji.
/// Keeps the strongest contributions as the explanation.
/// </summary>
internal static class ValenceScorer
{
    public static ValenceSum Sum(ReadOnlySpan<Token> tokens, int exclamations, int questionMarks)
    {
        var words = 0;
        var capitals = 0;
        var contrast = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            words += tokens[i].IsWord ? 1 : 0;
            capitals += tokens[i].IsAllCaps ? 1 : 0;
            if (contrast < 0 && tokens[i].Role == WordRole.Contrast)
            {
                contrast = i;
            }
        }

        var capitalsStandOut = capitals > 0 && capitals < words;
        var sum = new ValenceSum();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!CarriesSentiment(tokens, i))
            {
                continue;
            }

            var (valence, from) = Valence(tokens, i, capitalsStandOut);
            if (contrast >= 0 && i != contrast)
            {
                valence *= i < contrast ? SentimentWeights.BeforeContrast : SentimentWeights.AfterContrast;
            }

            sum.Add(valence, tokens[from].Start, tokens[i].End);
        }

        sum.Emphasise(Emphasis(exclamations, questionMarks), exclamations, questionMarks);
        return sum;
    }

    /// <summary>Modifiers carry no valence of their own; a negation that has one ("no") loses it before a sentiment word.</summary>
    private static bool CarriesSentiment(ReadOnlySpan<Token> tokens, int i) => tokens[i].HasValence && tokens[i].Role switch
    {
        WordRole.Booster or WordRole.Dampener => false,
        WordRole.Negation => i + 1 >= tokens.Length || !tokens[i + 1].HasValence,
        _ => true,
    };

    private static (float Valence, int From) Valence(ReadOnlySpan<Token> tokens, int i, bool capitalsStandOut)
    {
        var valence = tokens[i].Valence;
        if (tokens[i].IsAllCaps && capitalsStandOut)
        {
            valence += MathF.CopySign(SentimentWeights.Capitals, valence);
        }

        var from = i;
        var negated = false;
        for (var distance = 1; distance <= SentimentWeights.Window && distance <= i && tokens[i].IsWord; distance++)
        {
            var before = tokens[i - distance];
            if (tokens[i - distance + 1].StartsClause || (before.HasValence && before.Role == WordRole.None))
            {
                break;
            }

            if (before.Role is WordRole.Booster or WordRole.Dampener)
            {
                var scalar = before.Role == WordRole.Booster ? SentimentWeights.Booster : -SentimentWeights.Booster;
                if (before.IsAllCaps && capitalsStandOut)
                {
                    scalar += SentimentWeights.Capitals;
                }

                valence += MathF.CopySign(1, valence) * scalar * SentimentWeights.DistanceFactor(distance);
                from = i - distance;
            }
            else if (before.Role == WordRole.Negation && !negated)
            {
                valence *= SentimentWeights.Negation;
                negated = true;
                from = i - distance;
            }
        }

        return (valence, from);
    }

    private static float Emphasis(int exclamations, int questionMarks)
    {
        var emphasis = Math.Min(exclamations, 4) * SentimentWeights.Exclamation;
        if (questionMarks > 1)
        {
            emphasis += questionMarks <= 3 ? questionMarks * SentimentWeights.QuestionMark : SentimentWeights.ManyQuestionMarks;
        }

        return emphasis;
    }
}
