using YamlDotNet.RepresentationModel;

namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>The errors found so far while reading a taxonomy, and the small checks that add them.</summary>
internal sealed class TaxonomyErrors
{
    private readonly List<TaxonomyError> errors = [];

    public IReadOnlyList<TaxonomyError> All => errors;

    public void Add(YamlNode? node, string field, string message) =>
        errors.Add(new TaxonomyError(node is null ? 1 : (int)node.Start.Line, node is null ? 1 : (int)node.Start.Column, field, message));

    public YamlNode? Required(YamlMappingNode mapping, string key, string path)
    {
        if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return value;
        }

        Add(mapping, Join(path, key), "is missing");
        return null;
    }

    public string? RequiredText(YamlMappingNode mapping, string key, string path)
    {
        var node = Required(mapping, key, path);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Add(node, Join(path, key), "must be a non-empty text");
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode node, string path)
    {
        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        Add(node, path, "must be a list");
        return [];
    }

    public void RejectUnknownKeys(YamlMappingNode mapping, string path, params string[] known)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                Add(key, Join(path, name), $"unknown field (expected {string.Join(", ", known)})");
            }
        }
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
