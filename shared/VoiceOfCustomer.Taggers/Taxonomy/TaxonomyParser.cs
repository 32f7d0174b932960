using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// Reads the taxonomy YAML (format in docs/tagging/areas.md) and checks it, collecting every error with its line
/// and field instead of stopping at the first, so the admin page can show them all at once.
/// </summary>
public static class TaxonomyParser
{
    public static TaxonomyParseResult Parse(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            return new TaxonomyParseResult(null, [new TaxonomyError((int)e.Start.Line, (int)e.Start.Column, "(file)", "not valid YAML: " + e.Message)]);
        }

        var errors = new TaxonomyErrors();
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null, "(file)", "must be one mapping with version and areas");
            return new TaxonomyParseResult(null, errors.All);
        }

        errors.RejectUnknownKeys(root, "", "version", "areas");
        var version = ReadVersion(root, errors);
        var areas = new List<TaxonomyArea>();
        var seen = new TaxonomyIds(errors);
        if (errors.Required(root, "areas", "") is { } areasNode)
        {
            var areaNodes = errors.Sequence(areasNode, "areas");
            for (var i = 0; i < areaNodes.Count; i++)
            {
                if (TaxonomyNodeReader.ReadArea(areaNodes[i], $"areas[{i}]", errors, seen) is { } area)
                {
                    areas.Add(area);
                }
            }

            if (areaNodes.Count == 0)
            {
                errors.Add(areasNode, "areas", "at least one area is needed");
            }
        }

        return errors.All.Count == 0
            ? new TaxonomyParseResult(new ProductTaxonomy(version, areas), [])
            : new TaxonomyParseResult(null, errors.All);
    }

    /// <summary>Parses a taxonomy that must be valid (the embedded default, a stored version).</summary>
    public static ProductTaxonomy ParseValid(string yaml)
    {
        var result = Parse(yaml);
        return result.IsValid ? result.Taxonomy! : throw new InvalidTaxonomyException(result.Errors);
    }

    private static int ReadVersion(YamlMappingNode root, TaxonomyErrors errors)
    {
        if (errors.Required(root, "version", "") is not { } node)
        {
            return 0;
        }

        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0)
        {
            return version;
        }

        errors.Add(node, "version", "must be a whole number above 0");
        return 0;
    }
}
