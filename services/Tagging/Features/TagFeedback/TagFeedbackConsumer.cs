using System.Globalization;
using System.Text.Json;
using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Taggers.PersonalData;
using VoiceOfCustomer.Tagging.Features.Models;
using VoiceOfCustomer.Tagging.Features.Similarity;

namespace VoiceOfCustomer.Tagging.Features.TagFeedback;

/// <summary>
/// Tags each submitted item with every tagger, records the tags once (a redelivery republishes what was recorded the
/// first time, not a new guess) and announces the item tagged with them.
/// </summary>
public sealed class TagFeedbackConsumer(Database database, TaggerModels models, SimilarRequestDocuments similar, ItemTagger tagger, TimeProvider clock)
    : IConsumer<Batch<FeedbackSubmitted>>
{
    private const string Insert = """
        INSERT INTO tagging_items (feedback_id, account_id, declared_language, text_length, tagged_at, masked_text, language, sentiment, kinds, churn_risk,
                                   area_id, theme_id, severity, similar_request_id, similar_score, kind_model_version, taxonomy_version, tags_json)
        SELECT @FeedbackId, @AccountId, @DeclaredLanguage, @TextLength, @TaggedAt, @MaskedText, @Language, @Sentiment, @Kinds, @ChurnRisk,
               @AreaId, @ThemeId, @Severity, @SimilarRequestId, @SimilarScore, @KindModelVersion, @TaxonomyVersion, @TagsJson
        WHERE NOT EXISTS (SELECT 1 FROM tagging_items WHERE feedback_id = @FeedbackId)
        """;

    private const string TaggedAt = "SELECT tagged_at FROM tagging_items WHERE feedback_id = @FeedbackId";

    public async Task Consume(ConsumeContext<Batch<FeedbackSubmitted>> context)
    {
        await models.RefreshAsync(context.CancellationToken);
        await similar.EnsureCurrentAsync(context.CancellationToken);
        var now = clock.GetUtcNow();
        var messages = context.Message.Select(m => m.Message).ToList();
        var tags = messages.Select(m => tagger.Tag(m.Text, m.Feedback.DeclaredLanguage)).ToList();
        var rows = messages.Select((m, i) => Row(m, tags[i], now)).ToList();
        var recording = await database.RecordOnceAsync(rows, row => row.TaggedAt, Insert, TaggedAt, context.CancellationToken);
        var redelivered = recording.RecordedAt.Select((at, i) => (at, i)).Where(r => r.at is { } recorded && recorded != rows[r.i].TaggedAt).Select(r => rows[r.i].FeedbackId).ToList();
        var stored = redelivered.Count == 0 ? new Dictionary<Guid, ItemTags>() : await StoredTags.ReadAsync(database, redelivered, context.CancellationToken);
        await recording.PublishRecordedAsync((i, at) =>
        {
            var m = messages[i];
            var published = stored.GetValueOrDefault(m.FeedbackId) ?? tags[i];
            return context.PublishStageAsync(m.FeedbackId, m.CorrelationId, new FeedbackTagged(m.FeedbackId, m.CorrelationId, at, m.Feedback, m.Text, published), context.CancellationToken);
        });
    }

    private static TaggedRow Row(FeedbackSubmitted m, ItemTags tags, DateTimeOffset now) => new()
    {
        FeedbackId = m.FeedbackId,
        AccountId = m.Feedback.AccountId,
        DeclaredLanguage = m.Feedback.DeclaredLanguage,
        TextLength = m.Text.Length,
        TaggedAt = now,
        MaskedText = PersonalDataDetector.Mask(m.Text),
        Language = tags.Language,
        Sentiment = tags.Sentiment,
        Kinds = string.Join(',', tags.Kinds),
        ChurnRisk = tags.ChurnRisk,
        AreaId = tags.AreaId,
        ThemeId = tags.ThemeId,
        Severity = (decimal?)tags.Severity,
        SimilarRequestId = tags.SimilarRequest?.RequestId,
        SimilarScore = (decimal?)tags.SimilarRequest?.Score,
        KindModelVersion = int.Parse(tags.ModelVersions["kind"], CultureInfo.InvariantCulture),
        TaxonomyVersion = int.Parse(tags.ModelVersions["taxonomy"], CultureInfo.InvariantCulture),
        TagsJson = JsonSerializer.Serialize(tags, StoredTags.Json),
    };
}
