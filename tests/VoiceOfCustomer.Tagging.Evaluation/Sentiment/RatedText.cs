using System.Globalization;

namespace VoiceOfCustomer.Tagging.Evaluation.Sentiment;

/// <summary>One line of a VADER ground-truth file: the text and the mean of its human ratings (-4 .. +4).</summary>
internal sealed record RatedText(double HumanMean, string Text)
{
    /// <summary>The three VADER sets shipped in tests/datasets/vader, in the order the paper reports them.</summary>
    public static readonly (string Title, string File)[] Sets =
    [
        ("tweets", "tweets_GroundTruth.txt"),
        ("movie reviews", "movieReviewSnippets_GroundTruth.txt"),
        ("NYT editorials", "nytEditorialSnippets_GroundTruth.txt"),
    ];

    /// <summary>Reads `id TAB mean TAB text` lines (CRLF, no header).</summary>
    public static List<RatedText> Read(string path) => File.ReadLines(path)
        .Where(line => line.Length > 0)
        .Select(line => line.Split('\t', 3))
        .Select(cells => new RatedText(double.Parse(cells[1], CultureInfo.InvariantCulture), cells[2]))
        .ToList();
}
