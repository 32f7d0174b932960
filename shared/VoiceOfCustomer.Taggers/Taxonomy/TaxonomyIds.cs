using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// The ids and phrases met so far while reading a taxonomy: ids must be unique (areas and themes share one space,
/// since tags store them) and a phrase may belong to one theme per language only, or matching could not say which.
/// </summary>
internal sealed partial class TaxonomyIds(TaxonomyErrors errors)
{
    private readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Language, string Folded), string> phrases = [];

    public bool TryClaimId(string id, YamlNode node, string field)
    {
        if (!IdPattern().IsMatch(id))
        {
            errors.Add(node, field, $"'{id}' must be lower case letters, digits and dashes, starting with a letter");
            return false;
        }

        if (ids.TryGetValue(id, out var first))
        {
            errors.Add(node, field, $"duplicate id '{id}' (already used at {first})");
            return false;
        }

        ids[id] = field;
        return true;
    }

    public bool TryClaimPhrase(string language, string folded, string themeId, YamlNode node, string field)
    {
        if (phrases.TryGetValue((language, folded), out var owner))
        {
            errors.Add(node, field, owner == themeId
                ? $"duplicate phrase '{folded}' in this theme"
                : $"phrase '{folded}' ({language}) already belongs to theme '{owner}'");
            return false;
        }

        phrases[(language, folded)] = themeId;
        return true;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
