using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace VoiceOfCustomer.Taggers.Sentiment;

/// <summary>
/// One Data/rules-&lt;language&gt;.yaml: the hand-written words that change other words (negations, boosters,
/// dampeners, contrast words), the elided prefixes to cut at an apostrophe, and words or idioms with their
/// valence that the language's lexicon lacks. Read from the YAML tree, as the taxonomy is: the reflection-based
/// deserializer cost about 100 ms of JIT at every process start for these few small files.
/// </summary>
internal sealed class RulesFile
{
    private static readonly string[] Fields = ["negations", "boosters", "dampeners", "contrasts", "elisions", "negation_suffixes", "words", "idioms"];

    public List<string> Negations { get; } = [];

    public List<string> Boosters { get; } = [];

    public List<string> Dampeners { get; } = [];

    public List<string> Contrasts { get; } = [];

    public List<string> Elisions { get; } = [];

    /// <summary>Endings that make any word a negation, like English "n't".</summary>
    public List<string> NegationSuffixes { get; } = [];

    public Dictionary<string, float> Words { get; } = [];

    public Dictionary<string, float> Idioms { get; } = [];

    /// <summary>Reads one rules file; a missing field is empty, an unknown field or a value of the wrong shape throws.</summary>
    public static RulesFile Read(TextReader yaml, string name)
    {
        var stream = new YamlStream();
        stream.Load(yaml);
        var rules = new RulesFile();
        if (stream.Documents.Count == 0)
        {
            return rules;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"{name}: the rules must be a mapping of {string.Join(", ", Fields)}.");
        }

        foreach (var (key, value) in root.Children)
        {
            var field = (key as YamlScalarNode)?.Value;
            switch (field)
            {
                case "negations": AddWords(rules.Negations, value, name, field); break;
                case "boosters": AddWords(rules.Boosters, value, name, field); break;
                case "dampeners": AddWords(rules.Dampeners, value, name, field); break;
                case "contrasts": AddWords(rules.Contrasts, value, name, field); break;
                case "elisions": AddWords(rules.Elisions, value, name, field); break;
                case "negation_suffixes": AddWords(rules.NegationSuffixes, value, name, field); break;
                case "words": AddValences(rules.Words, value, name, field); break;
                case "idioms": AddValences(rules.Idioms, value, name, field); break;
                default: throw Error(name, key, $"unknown field '{field}' (expected {string.Join(", ", Fields)})");
            }
        }

        return rules;
    }

    private static void AddWords(List<string> list, YamlNode node, string name, string field)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw Error(name, node, $"{field} must be a list of words");
        }

        foreach (var item in sequence)
        {
            list.Add(item is YamlScalarNode { Value: { } word } ? word : throw Error(name, item, $"{field} must hold words only"));
        }
    }

    private static void AddValences(Dictionary<string, float> valences, YamlNode node, string name, string field)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(name, node, $"{field} must map each word to its valence");
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } word } || value is not YamlScalarNode { Value: { } number }
                || !float.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                throw Error(name, key, $"{field} must map each word to a number");
            }

            valences[word] = valence;
        }
    }

    private static FormatException Error(string name, YamlNode node, string problem) =>
        new($"{name} line {node.Start.Line}: {problem}.");
}
