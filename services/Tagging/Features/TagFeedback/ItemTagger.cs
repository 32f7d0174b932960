using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Taggers;
using VoiceOfCustomer.Tagging.Features.Models;
using VoiceOfCustomer.Tagging.Features.Similarity;

namespace VoiceOfCustomer.Tagging.Features.TagFeedback;

/// <summary>Tags one item with the models in use now and this instance's similar-request index (<see cref="FeedbackTagger"/> does the work).</summary>
public sealed class ItemTagger(TaggerModels models, SimilarRequestDocuments similar)
{
    public ItemTags Tag(string text, string? declaredLanguage)
    {
        // Read each swappable model once, so its version and the model that tagged always agree.
        var kinds = models.Kinds;
        var areas = models.Areas;
        var learnedAreas = models.LearnedAreas;
        return new FeedbackTagger(models.Language, models.Sentiment, kinds.Model, kinds.Version, areas.Model, areas.Version)
            {
                LearnedAreas = learnedAreas.Model,
                AreaModelVersion = learnedAreas.Version,
            }
            .Tag(text, declaredLanguage, similar.Index);
    }
}
