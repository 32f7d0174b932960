using System.Buffers;

namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// Tags an item with the product area and theme of a taxonomy, by the phrases of the taxonomy found in its text.
/// Built once per taxonomy version (all phrases compiled into one matcher) and then shared: thread-safe.
/// </summary>
public sealed class ProductAreaTagger
{
    public const string DefaultResource = "VoiceOfCustomer.Taggers/Taxonomy/Data/taxonomy.yaml";

    /// <summary>What a phrase in another language than the item's counts for (a mis-detected language still helps).</summary>
    public const float OtherLanguageWeight = 0.35f;

    private const int StackLimit = 1024;

    private readonly PhraseMatcher matcher;
    private readonly HashSet<string> languages;
    private readonly (TaxonomyArea Area, TaxonomyTheme Theme, int AreaIndex)[] themes;
    private readonly HashSet<string> areaIds;

    public ProductAreaTagger(ProductTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        Taxonomy = taxonomy;
        themes = [.. taxonomy.Areas.SelectMany((area, a) => area.Themes.Select(theme => (area, theme, a)))];
        areaIds = [.. taxonomy.Areas.Select(a => a.Id)];
        languages = [.. themes.SelectMany(t => t.Theme.Phrases).Select(p => p.Language).Where(l => l != LanguageCodes.Any)];
        matcher = new PhraseMatcher(themes.SelectMany((t, index) => t.Theme.Phrases.Select(p => Compile(p, index))));
    }

    public ProductTaxonomy Taxonomy { get; }

    /// <summary>The default taxonomy for a B2B SaaS product, embedded from Taxonomy/Data/taxonomy.yaml.</summary>
    public static ProductAreaTagger LoadDefault()
    {
        using var stream = typeof(ProductAreaTagger).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return new ProductAreaTagger(TaxonomyParser.ParseValid(reader.ReadToEnd()));
    }

    /// <summary>
    /// The area and theme of a text by the taxonomy's phrases. language is the item's ISO 639-1 code, or "und"/null
    /// when unknown: phrases of that language (and "any") count fully, others at <see cref="OtherLanguageWeight"/>;
    /// when the language is unknown or the taxonomy has no phrase in it, every phrase counts fully.
    /// </summary>
    public AreaTag TagArea(string text, string? language) => TagArea(text, language, null);

    /// <summary>
    /// The area and theme of a text, the phrases' unless <paramref name="learned"/> (the model learned from
    /// corrections) names an area of this taxonomy it has at least <see cref="AreaLearner.MinCorrections"/>
    /// corrections of, with a probability of at least <see cref="AreaLearner.MinProbability"/>: then the model's area
    /// wins, with the theme its phrases found in that area (none if no phrase of it matched).
    /// </summary>
    public AreaTag TagArea(string text, string? language, AreaLearner? learned)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rented = text.Length > StackLimit ? ArrayPool<char>.Shared.Rent(TextFolding.MaxFoldedLength(text.Length)) : null;
        try
        {
            var buffer = rented is null ? stackalloc char[TextFolding.MaxFoldedLength(text.Length)] : rented;
            var length = TextFolding.Fold(text, buffer);
            if (length == 0)
            {
                return AreaTag.None;
            }

            var found = new List<PhraseEntry>();
            matcher.Match(buffer[..length], found);
            var phraseLanguage = LanguageCodes.IsUnknown(language) || !languages.Contains(language!) ? null : language;
            var prediction = learned is null || !learned.TrustsAny(areaIds) ? null : learned.Predict(buffer[..length], areaIds);
            if (prediction is { Corrections: >= AreaLearner.MinCorrections, Probability: >= AreaLearner.MinProbability })
            {
                return ByModel(prediction, found, phraseLanguage);
            }

            return found.Count == 0 ? AreaTag.None : Decide(found, phraseLanguage);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private AreaTag ByModel(AreaPrediction prediction, List<PhraseEntry> found, string? language)
    {
        var area = Taxonomy.Areas.First(a => a.Id == prediction.AreaId);
        var inArea = found.Where(f => themes[f.Theme].Area.Id == area.Id).ToList();
        var theme = inArea.Count == 0 ? null : Decide(inArea, language);
        var why = new List<string>(prediction.Why.Count + 1) { $"model, {prediction.Corrections} corrections" };
        why.AddRange(prediction.Why);
        return new AreaTag(area.Id, area.Name, theme?.ThemeId, theme?.ThemeName, prediction.Probability, why, AreaSource.Model);
    }

    private AreaTag Decide(List<PhraseEntry> found, string? language)
    {
        Span<float> themeScores = stackalloc float[themes.Length];
        Span<float> areaScores = stackalloc float[Taxonomy.Areas.Count];
        var counted = new List<(PhraseEntry Entry, float Weight)>(found.Count);
        foreach (var entry in found)
        {
            var weight = language is null || entry.Language == language || entry.Language == LanguageCodes.Any ? entry.Weight : entry.Weight * OtherLanguageWeight;
            var previous = IndexOfSamePhrase(counted, entry);
            if (previous < 0)
            {
                counted.Add((entry, weight));
                themeScores[entry.Theme] += weight;
                areaScores[themes[entry.Theme].AreaIndex] += weight;
            }
            else if (weight > counted[previous].Weight)
            {
                // The same words in several languages ("interface") or said twice count once, at their best weight.
                themeScores[entry.Theme] += weight - counted[previous].Weight;
                areaScores[themes[entry.Theme].AreaIndex] += weight - counted[previous].Weight;
                counted[previous] = (entry, weight);
            }
        }

        var bestArea = IndexOfMax(areaScores);
        var bestTheme = -1;
        for (var t = 0; t < themes.Length; t++)
        {
            if (themes[t].AreaIndex == bestArea && (bestTheme < 0 || themeScores[t] > themeScores[bestTheme]))
            {
                bestTheme = t;
            }
        }

        var total = 0f;
        foreach (var score in areaScores)
        {
            total += score;
        }

        var best = areaScores[bestArea];
        var confidence = (1 - Math.Exp(-best)) * (best / total);
        var why = counted.Where(c => themes[c.Entry.Theme].AreaIndex == bestArea).Select(c => $"{c.Entry.Phrase} ({c.Entry.Language})").ToList();
        var (area, theme, _) = themes[bestTheme];
        return new AreaTag(area.Id, area.Name, theme.Id, theme.Name, Math.Round(confidence, 3), why);
    }

    private static int IndexOfSamePhrase(List<(PhraseEntry Entry, float Weight)> counted, PhraseEntry entry)
    {
        for (var i = 0; i < counted.Count; i++)
        {
            if (counted[i].Entry.Theme == entry.Theme && counted[i].Entry.Folded == entry.Folded)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    // Longer phrases say more ("export to pdf" over "pdf"); a wildcard word says a little less than a whole one.
    private static (string Folded, bool IsPrefix, PhraseEntry Entry) Compile(TaxonomyPhrase phrase, int theme)
    {
        var folded = TextFolding.Fold(phrase.Text);
        var isPrefix = phrase.Text.EndsWith('*');
        var words = folded.Count(c => c == ' ') + 1;
        var weight = (1f + (0.5f * (words - 1))) * (isPrefix ? 0.8f : 1f);
        return (folded, isPrefix, new PhraseEntry(theme, phrase.Language, phrase.Text, folded + (isPrefix ? "*" : ""), weight));
    }
}
