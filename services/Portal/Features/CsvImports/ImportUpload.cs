using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Portal.Features.CsvImports;

/// <summary>One file on its way to the API: bytes sent, and once it ends, the API's report or its refusal.</summary>
public sealed class ImportUpload(Guid jobId, ImportKind kind, string fileName, string owner, long totalBytes, DateTimeOffset startedAt)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _bytesSent;

    public Guid JobId { get; } = jobId;

    public ImportKind Kind { get; } = kind;

    public string FileName { get; } = fileName;

    /// <summary>The user who started it: only they (or an admin) follow it here.</summary>
    public string Owner { get; } = owner;

    public long TotalBytes { get; } = totalBytes;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    public IProgress<long> Sent => new Progress(this);

    public bool Finished => _done.Task.IsCompleted;

    public ImportResult? Result { get; private set; }

    public ApiProblem? Refusal { get; private set; }

    public void Finish(ImportResult? result, ApiProblem? refusal)
    {
        (Result, Refusal) = (result, refusal);
        _done.TrySetResult();
    }

    /// <summary>Waits a moment (without holding a thread) for a small file to finish, so its page can show the outcome at once.</summary>
    public async Task<bool> WaitBrieflyAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        await Task.WhenAny(_done.Task, Task.Delay(wait, cancellationToken));
        return Finished;
    }

    private sealed class Progress(ImportUpload upload) : IProgress<long>
    {
        public void Report(long value) => Interlocked.Exchange(ref upload._bytesSent, value);
    }
}
