namespace VoiceOfCustomer.Tagging.Evaluation.Language;

/// <summary>One labeled text of evaluation-texts.tsv (built by build-evaluation-texts.py from Firefox language packs).</summary>
internal sealed record EvaluationText(string Language, string Text)
{
    public const string FileName = "evaluation-texts.tsv";

    /// <summary>The length band the per-band accuracy groups it in.</summary>
    public string Band => Text.Length switch
    {
        < 50 => "20-50",
        < 100 => "50-100",
        _ => "100-200",
    };

    public static List<EvaluationText> Read(string path) => File.ReadLines(path)
        .Where(line => line.Length > 0 && line[0] != '#')
        .Select(line => line.Split('\t', 2))
        .Select(fields => new EvaluationText(fields[0], fields[1]))
        .ToList();
}
