using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Pipeline;

/// <summary>Records that items reached a stage. Recording the same stage twice changes nothing; a late message never moves an item back.</summary>
public sealed class StageHistory(Database database)
{
    private const string Reach = """
        INSERT INTO ingestion_stage_history (feedback_id, stage, reached_at)
        SELECT @FeedbackId, @Stage, @ReachedAt
        WHERE NOT EXISTS (SELECT 1 FROM ingestion_stage_history WHERE feedback_id = @FeedbackId AND stage = @Stage)
        """;

    private const string Advance = """
        UPDATE ingestion_feedback SET stage = @Stage, stage_changed_at = @ReachedAt
        WHERE feedback_id = @FeedbackId AND stage < @Stage
        """;

    public async Task RecordAsync(IEnumerable<(Guid FeedbackId, DateTimeOffset ReachedAt)> items, PipelineStage stage, CancellationToken cancellationToken)
    {
        var rows = items.Select(item => new { item.FeedbackId, Stage = (int)stage, item.ReachedAt }).ToList();
        await using var work = await database.BeginAsync(cancellationToken);
        await work.ExecuteManyAsync(Reach, rows, cancellationToken);
        await work.ExecuteManyAsync(Advance, rows, cancellationToken);
        await work.CommitAsync(cancellationToken);
    }
}
