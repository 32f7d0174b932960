using YamlDotNet.RepresentationModel;

namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>Reads one area, its themes and their phrases from the YAML tree, adding an error for each problem.</summary>
internal static class TaxonomyNodeReader
{
    private const int MinimumPrefixLength = 3;

    public static TaxonomyArea? ReadArea(YamlNode node, string path, TaxonomyErrors errors, TaxonomyIds seen)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(node, path, "must be a mapping with id, name and themes");
            return null;
        }

        errors.RejectUnknownKeys(mapping, path, "id", "name", "themes");
        var id = ReadId(mapping, path, errors, seen);
        var name = errors.RequiredText(mapping, "name", path);
        var themes = new List<TaxonomyTheme>();
        if (errors.Required(mapping, "themes", path) is { } themesNode)
        {
            var themeNodes = errors.Sequence(themesNode, path + ".themes");
            for (var i = 0; i < themeNodes.Count; i++)
            {
                if (ReadTheme(themeNodes[i], $"{path}.themes[{i}]", errors, seen) is { } theme)
                {
                    themes.Add(theme);
                }
            }

            if (themeNodes.Count == 0)
            {
                errors.Add(themesNode, path + ".themes", "at least one theme is needed");
            }
        }

        return id is null || name is null ? null : new TaxonomyArea(id, name, themes);
    }

    private static TaxonomyTheme? ReadTheme(YamlNode node, string path, TaxonomyErrors errors, TaxonomyIds seen)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(node, path, "must be a mapping with id, name and phrases");
            return null;
        }

        errors.RejectUnknownKeys(mapping, path, "id", "name", "phrases");
        var id = ReadId(mapping, path, errors, seen);
        var name = errors.RequiredText(mapping, "name", path);
        var phrases = new List<TaxonomyPhrase>();
        if (errors.Required(mapping, "phrases", path) is { } phrasesNode)
        {
            if (phrasesNode is YamlMappingNode byLanguage && byLanguage.Children.Count > 0)
            {
                foreach (var (languageNode, list) in byLanguage.Children)
                {
                    ReadLanguage(languageNode, list, $"{path}.phrases", id ?? path, errors, seen, phrases);
                }
            }
            else
            {
                errors.Add(phrasesNode, path + ".phrases", "must map language codes (en, fr, ..., any) to lists of phrases");
            }
        }

        return id is null || name is null ? null : new TaxonomyTheme(id, name, phrases);
    }

    private static void ReadLanguage(YamlNode languageNode, YamlNode list, string path, string themeId, TaxonomyErrors errors, TaxonomyIds seen, List<TaxonomyPhrase> phrases)
    {
        var language = (languageNode as YamlScalarNode)?.Value ?? "";
        var languagePath = $"{path}.{language}";
        if (!LanguageCodes.IsPhraseLanguage(language))
        {
            errors.Add(languageNode, languagePath, $"unknown language code '{language}' (use a lower-case ISO 639-1 code such as en, fr, es, de, pt, or 'any')");
            return;
        }

        var items = errors.Sequence(list, languagePath);
        if (items.Count == 0 && list is YamlSequenceNode)
        {
            errors.Add(list, languagePath, "the list of phrases is empty");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var field = $"{languagePath}[{i}]";
            if (ReadPhrase(items[i], field, errors) is { } text && seen.TryClaimPhrase(language, Folded(text), themeId, items[i], field))
            {
                phrases.Add(new TaxonomyPhrase(language, text));
            }
        }
    }

    private static string? ReadPhrase(YamlNode node, string field, TaxonomyErrors errors)
    {
        var text = (node as YamlScalarNode)?.Value?.Trim();
        if (text is null || TextFolding.Fold(text).Length == 0)
        {
            errors.Add(node, field, "the phrase is empty (it needs at least one letter or digit)");
            return null;
        }

        var star = text.IndexOf('*', StringComparison.Ordinal);
        if (star >= 0 && star != text.Length - 1)
        {
            errors.Add(node, field, $"'{text}': * may only end the phrase (as in factur*)");
            return null;
        }

        if (star > 0 && LastWord(TextFolding.Fold(text)).Length < MinimumPrefixLength)
        {
            errors.Add(node, field, $"'{text}': a word ending in * needs at least {MinimumPrefixLength} letters before it");
            return null;
        }

        return text;
    }

    private static string? ReadId(YamlMappingNode mapping, string path, TaxonomyErrors errors, TaxonomyIds seen)
    {
        var id = errors.RequiredText(mapping, "id", path);
        return id is not null && seen.TryClaimId(id, mapping.Children[new YamlScalarNode("id")], path + ".id") ? id : null;
    }

    internal static string Folded(string phrase) => TextFolding.Fold(phrase) + (phrase.EndsWith('*') ? "*" : "");

    private static string LastWord(string folded) => folded[(folded.LastIndexOf(' ') + 1)..];
}
