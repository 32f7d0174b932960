using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Taggers.Kind;
using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Tagging.Features.Tags;

/// <summary>A correction of an item's tags: any of kinds, area (with its theme, optional) and sentiment label.</summary>
public sealed record CorrectionInput(IReadOnlyList<string>? Kinds, string? AreaId, string? ThemeId, string? Sentiment)
{
    public static readonly IReadOnlyList<string> SentimentLabels = ["negative", "neutral", "positive"];

    /// <summary>The kinds named, parsed; checked by <see cref="Validate"/> first.</summary>
    public IReadOnlySet<FeedbackKind> ParsedKinds => Kinds is null ? new HashSet<FeedbackKind>() : Kinds.Select(FeedbackKindNames.Parse).ToHashSet();

    public void Validate(ValidationErrors errors, ProductTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (Kinds is null && AreaId is null && ThemeId is null && Sentiment is null)
        {
            errors.Add("kinds", "Name at least one of kinds, areaId (with themeId) or sentiment to correct.");
        }

        ValidateKinds(errors);
        ValidateArea(errors, taxonomy);
        if (Sentiment is not null && !SentimentLabels.Contains(Sentiment))
        {
            errors.Add("sentiment", $"'{Sentiment}' is not one of {string.Join(", ", SentimentLabels)}.");
        }
    }

    private void ValidateKinds(ValidationErrors errors)
    {
        if (Kinds is null)
        {
            return;
        }

        var kinds = new HashSet<FeedbackKind>();
        foreach (var name in Kinds)
        {
            try
            {
                kinds.Add(FeedbackKindNames.Parse(name));
            }
            catch (FormatException e)
            {
                errors.Add("kinds", e.Message + ": use problem_report, feature_request, praise, question or other.");
            }
        }

        if (kinds.Count == 0 && Kinds.Count == 0)
        {
            errors.Add("kinds", "Name at least one kind (other when it is none of them).");
        }
        else if (kinds.Contains(FeedbackKind.Unknown))
        {
            errors.Add("kinds", "unknown is what the tagger says when it cannot tell; a correction names what the item is.");
        }
        else if (kinds.Contains(FeedbackKind.Other) && kinds.Count > 1)
        {
            errors.Add("kinds", "other means none of the other kinds, so it cannot come with them.");
        }
    }

    private void ValidateArea(ValidationErrors errors, ProductTaxonomy taxonomy)
    {
        if (AreaId is null)
        {
            if (ThemeId is not null)
            {
                errors.Add("areaId", "A theme is corrected with its area: name areaId too.");
            }

            return;
        }

        var area = taxonomy.Areas.FirstOrDefault(a => a.Id == AreaId);
        if (area is null)
        {
            errors.Add("areaId", $"The taxonomy (version {taxonomy.Version}) has no area '{AreaId}'.");
        }
        else if (ThemeId is not null && area.Themes.All(t => t.Id != ThemeId))
        {
            errors.Add("themeId", $"Area '{AreaId}' has no theme '{ThemeId}'.");
        }
    }
}
