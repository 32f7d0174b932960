using MassTransit;
using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Ingestion.Features.Pipeline;

/// <summary>Follows each item through the other services, so GET /api/feedback/{id} shows where it is.</summary>
public sealed class TrackPipelineStageConsumer(StageHistory history) :
    IConsumer<Batch<FeedbackTagged>>,
    IConsumer<Batch<FeedbackQueued>>,
    IConsumer<Batch<FeedbackWatched>>
{
    public Task Consume(ConsumeContext<Batch<FeedbackTagged>> context) =>
        history.RecordAsync(context.Message.Select(m => (m.Message.FeedbackId, m.Message.TaggedAt)), PipelineStage.Tagged, context.CancellationToken);

    public Task Consume(ConsumeContext<Batch<FeedbackQueued>> context) =>
        history.RecordAsync(context.Message.Select(m => (m.Message.FeedbackId, m.Message.QueuedAt)), PipelineStage.Queued, context.CancellationToken);

    public Task Consume(ConsumeContext<Batch<FeedbackWatched>> context) =>
        history.RecordAsync(context.Message.Select(m => (m.Message.FeedbackId, m.Message.WatchedAt)), PipelineStage.Watched, context.CancellationToken);
}
