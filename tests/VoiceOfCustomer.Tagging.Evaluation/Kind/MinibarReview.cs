using System.Globalization;
using System.Text;
using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Evaluation.Kind;

/// <summary>
/// One review of tests/datasets/minibar_en (text, stars, the three human labels, the app), and the kinds it stands
/// for: problem report and feature request as labeled; praise and question as weak labels (docs/tagging/kind.md).
/// </summary>
internal sealed record MinibarReview(string Text, int Stars, bool ProblemReport, bool FeatureRequest, bool Irrelevant, string App)
{
    public static readonly string[] Files = ["garmin_connect.en.csv", "huawei_health.en.csv"];

    /// <summary>Praise: 4 or 5 stars, and labeled neither a problem report nor a feature request.</summary>
    public bool Praise => Stars >= 4 && Irrelevant && !ProblemReport && !FeatureRequest;

    public KindExample Example(KindPhrases phrases)
    {
        var kinds = new HashSet<FeedbackKind>();
        if (ProblemReport)
        {
            kinds.Add(FeedbackKind.ProblemReport);
        }

        if (FeatureRequest)
        {
            kinds.Add(FeedbackKind.FeatureRequest);
        }

        if (Praise)
        {
            kinds.Add(FeedbackKind.Praise);
        }

        if (phrases.LooksLikeQuestion(Text, "en"))
        {
            kinds.Add(FeedbackKind.Question);
        }

        return new KindExample(Text, "en", kinds);
    }

    public static List<MinibarReview> Read(string path)
    {
        var rows = Csv(File.ReadAllText(path)).ToList();
        var header = rows[0];
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path} has no column {name}");
        var (data, score, problem, feature, irrelevant, app) =
            (Column("data"), Column("score"), Column("problem_report"), Column("feature_request"), Column("irrelevant"), Column("app"));
        return [.. rows.Skip(1).Where(r => r.Length == header.Length).Select(r => new MinibarReview(
            r[data], int.Parse(r[score], CultureInfo.InvariantCulture), r[problem] == "1", r[feature] == "1", r[irrelevant] == "1", r[app]))];
    }

    /// <summary>RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static IEnumerable<string[]> Csv(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return [.. fields];
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
