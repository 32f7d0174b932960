using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>
/// Keeps what the customer said (FeedbackTagged carries the text; the triage events do not), so a reviewer reads the
/// item they judge. Recorded once per item; an erasure redacts it in place.
/// </summary>
public sealed class KeepFeedbackTextConsumer(Database database) : IConsumer<FeedbackTagged>
{
    private const string Insert = """
        INSERT INTO review_feedback_text (feedback_id, account_id, text, tagged_at)
        SELECT @FeedbackId, @AccountId, @Text, @TaggedAt
        WHERE NOT EXISTS (SELECT 1 FROM review_feedback_text WHERE feedback_id = @FeedbackId)
        """;

    public async Task Consume(ConsumeContext<FeedbackTagged> context)
    {
        var tagged = context.Message;
        await using var work = await database.BeginAsync(context.CancellationToken);
        await work.ExecuteAsync(Insert, new { tagged.FeedbackId, tagged.Feedback.AccountId, tagged.Text, tagged.TaggedAt }, context.CancellationToken);
        await work.CommitAsync(context.CancellationToken);
    }
}
