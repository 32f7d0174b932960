using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Portal.Features.CsvImports;

/// <summary>One file on its way to the API: bytes sent, and once it ends, the API's report or its refusal.</summary>
public sealed class ImportUpload(Guid jobId, ImportKind kind, string fileName, string owner, long totalBytes, DateTimeOffset startedAt) : IDisposable
{
    private readonly ManualResetEventSlim _done = new();
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

    public bool Finished => _done.IsSet;

    public ImportResult? Result { get; private set; }

    public ApiProblem? Refusal { get; private set; }

    public void Finish(ImportResult? result, ApiProblem? refusal)
    {
        (Result, Refusal) = (result, refusal);
        _done.Set();
    }

    /// <summary>Waits a moment for a small file to finish, so its page can show the outcome at once.</summary>
    public bool WaitBriefly(TimeSpan wait) => _done.Wait(wait);

    public void Dispose() => _done.Dispose();

    private sealed class Progress(ImportUpload upload) : IProgress<long>
    {
        public void Report(long value) => Interlocked.Exchange(ref upload._bytesSent, value);
    }
}
