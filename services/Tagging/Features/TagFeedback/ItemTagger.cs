using System.Globalization;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Taggers.Kind;
using VoiceOfCustomer.Taggers.PersonalData;
using VoiceOfCustomer.Taggers.Sentiment;
using VoiceOfCustomer.Tagging.Features.Models;
using VoiceOfCustomer.Tagging.Features.Similarity;

namespace VoiceOfCustomer.Tagging.Features.TagFeedback;

/// <summary>Runs every tagger over one item and gathers what they say, with confidence and why, as <see cref="ItemTags"/>.</summary>
public sealed class ItemTagger(TaggerModels models, SimilarRequestDocuments similar)
{
    private static readonly string TaggersVersion = typeof(KindClassifier).Assembly.GetName().Version?.ToString() ?? "unknown";

    public ItemTags Tag(string text, string? declaredLanguage)
    {
        var language = models.Language.TagLanguage(text, declaredLanguage);
        var code = language.IsUndetermined ? null : language.Language;
        var sentiment = models.Sentiment.Tag(text, code);
        var kindModel = models.Kinds;
        var kinds = kindModel.Model.Tag(text, code);
        var areaModel = models.Areas;
        var area = areaModel.Model.TagArea(text, code);
        var personal = PersonalDataDetector.TagPersonalData(text);
        var match = similar.Best(text);
        var (severity, severityWhy) = SeverityRule.Of(kinds, sentiment);

        var all = new List<ItemTag>
        {
            new("language", language.Language, language.Confidence, language.Why),
            new("sentiment", Name(sentiment.Label), sentiment.Confidence,
                sentiment.Why.Count == 0 ? "no sentiment words" : $"score {sentiment.Score.ToString("0.###", CultureInfo.InvariantCulture)}: {string.Join(", ", sentiment.Why.Select(c => c.Phrase))}"),
        };
        all.AddRange(kinds.Kinds.Select(k => Kind(kinds, k)));
        if (kinds.ChurnRisk.Detected)
        {
            all.Add(new("churn_risk", "yes", kinds.ChurnRisk.Confidence, string.Join(", ", kinds.ChurnRisk.Why)));
        }

        if (area.AreaId is not null)
        {
            all.Add(new("area", area.AreaId, area.Confidence, $"{area.AreaName}: {string.Join(", ", area.Why)}"));
            all.Add(new("theme", area.ThemeId!, area.Confidence, area.ThemeName ?? ""));
        }

        all.AddRange(personal.Spans.Select(s => new ItemTag("personal_data", Name(s.Kind), s.Confidence, $"{s.Why} at {s.Start}, {s.Length} characters")));
        if (match is not null)
        {
            all.Add(new("similar_request", match.RequestId.ToString(), match.Score, (match.Prefill ? "pre-filled; " : "") + "shared words: " + string.Join(", ", match.Why)));
        }

        all.Add(new("severity", severity?.ToString("0.###", CultureInfo.InvariantCulture) ?? "unknown", severity is null ? 0 : kinds.Scores.Where(s => s.Assigned).Select(s => s.Confidence).DefaultIfEmpty(0).Max(), severityWhy));
        return new ItemTags(
            language.Language, Name(sentiment.Label), sentiment.Score, [.. kinds.Kinds.Select(FeedbackKindNames.Name)], kinds.ChurnRisk.Detected,
            area.AreaId, area.ThemeId, severity, match,
            [.. personal.Spans.Select(s => new PersonalDataMark(Name(s.Kind), s.Start, s.Length, s.Confidence, s.Why))],
            all,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["kind"] = kindModel.Version.ToString(CultureInfo.InvariantCulture),
                ["taxonomy"] = areaModel.Version.ToString(CultureInfo.InvariantCulture),
                ["taggers"] = TaggersVersion,
            });
    }

    private static ItemTag Kind(KindTag kinds, FeedbackKind kind)
    {
        var score = kinds.Score(kind);
        var why = kinds.Source switch
        {
            KindSource.Unknown => "no model or phrase for this language",
            _ when score is null || score.Why.Count == 0 => kinds.Source == KindSource.Model ? "model: no other kind reached its threshold" : "phrases",
            _ => $"{(kinds.Source == KindSource.Model ? "model" : "phrases")}: {string.Join(", ", score.Why)}",
        };
        return new ItemTag("kind", FeedbackKindNames.Name(kind), score?.Confidence ?? 0, why);
    }

    private static string Name(SentimentLabel label) => label.ToString().ToLowerInvariant();

    private static string Name(PersonalDataKind kind) => kind.ToString().ToLowerInvariant();
}
