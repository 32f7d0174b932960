using System.Threading.Channels;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Feedback;

/// <summary>
/// Group commit for POST /api/feedback: submissions that arrive together are written in one transaction
/// (up to <see cref="MaxBatch"/>), and each request is answered only after that commit. With one writer per
/// SQLite file, and a round trip per commit on PostgreSQL, this is what lets the API accept thousands of items
/// a second. If a shared transaction fails, its items are retried one by one, so one bad item only fails itself.
/// </summary>
public sealed class FeedbackSubmissions(Database database, FeedbackWriter writer, TimeProvider clock, ILogger<FeedbackSubmissions> logger)
    : BackgroundService
{
    public const int MaxBatch = 256;

    private readonly Channel<Submission> _queue = Channel.CreateBounded<Submission>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Writes the item; returns its id, or null when its idempotency key already names an item.</summary>
    public async Task<Guid?> SubmitAsync(NewFeedback feedback, CancellationToken cancellationToken)
    {
        var submission = new Submission(feedback);
        await _queue.Writer.WriteAsync(submission, cancellationToken);
        return await submission.Written.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Submission>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var submission))
            {
                batch.Add(submission);
            }

            await WriteAsync(batch, stoppingToken);
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<Submission> batch, CancellationToken stoppingToken)
    {
        try
        {
            var ids = await WriteTogetherAsync(batch.Select(s => s.Feedback).ToList(), stoppingToken);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Written.TrySetResult(ids[i]);
            }
        }
        catch (Exception exception) when (batch.Count > 1 && exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A group commit of {Count} submissions failed; writing them one by one", batch.Count);
            foreach (var submission in batch)
            {
                await WriteAloneAsync(submission, stoppingToken);
            }
        }
        catch (Exception exception)
        {
            batch[0].Written.TrySetException(exception);
        }
    }

    private async Task WriteAloneAsync(Submission submission, CancellationToken stoppingToken)
    {
        try
        {
            submission.Written.TrySetResult((await WriteTogetherAsync([submission.Feedback], stoppingToken))[0]);
        }
        catch (Exception exception)
        {
            submission.Written.TrySetException(exception);
        }
    }

    private async Task<IReadOnlyList<Guid?>> WriteTogetherAsync(IReadOnlyList<NewFeedback> feedback, CancellationToken stoppingToken)
    {
        IReadOnlyList<Guid?> ids;
        await using (var work = await database.BeginAsync(stoppingToken))
        {
            ids = await writer.WriteManyAsync(work, feedback, importJobId: null, clock.GetUtcNow(), stoppingToken);
            await work.CommitAsync(stoppingToken);
        }

        writer.Announce();
        return ids;
    }

    private sealed record Submission(NewFeedback Feedback)
    {
        public TaskCompletionSource<Guid?> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
