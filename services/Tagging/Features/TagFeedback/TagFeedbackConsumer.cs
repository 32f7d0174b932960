using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Tagging.Features.TagFeedback;

/// <summary>
/// Records each submitted item and announces it tagged. No tagger runs yet (language, sentiment, kind and
/// area have their own issue), so FeedbackTagged carries no tags rather than invented ones.
/// </summary>
public sealed class TagFeedbackConsumer(Database database, TimeProvider clock) : IConsumer<Batch<FeedbackSubmitted>>
{
    private const string Insert = """
        INSERT INTO tagging_items (feedback_id, account_id, declared_language, text_length, tagged_at)
        SELECT @FeedbackId, @AccountId, @DeclaredLanguage, @TextLength, @TaggedAt
        WHERE NOT EXISTS (SELECT 1 FROM tagging_items WHERE feedback_id = @FeedbackId)
        """;

    private const string TaggedAt = "SELECT tagged_at FROM tagging_items WHERE feedback_id = @FeedbackId";

    public async Task Consume(ConsumeContext<Batch<FeedbackSubmitted>> context)
    {
        var now = clock.GetUtcNow();
        var messages = context.Message.Select(m => m.Message).ToList();
        var rows = messages.Select(m => new
        {
            m.FeedbackId, m.Feedback.AccountId, m.Feedback.DeclaredLanguage, TextLength = m.Text.Length, TaggedAt = now,
        }).ToList();
        var recording = await database.RecordOnceAsync(rows, row => row.TaggedAt, Insert, TaggedAt, context.CancellationToken);
        await recording.PublishRecordedAsync((i, at) =>
        {
            var m = messages[i];
            return context.PublishStageAsync(m.FeedbackId, m.CorrelationId, new FeedbackTagged(m.FeedbackId, m.CorrelationId, at, m.Feedback, m.Text), context.CancellationToken);
        });
    }
}
