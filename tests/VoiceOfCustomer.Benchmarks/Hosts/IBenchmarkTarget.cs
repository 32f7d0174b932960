using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Benchmarks.Hosts;

/// <summary>A running VoiceOfCustomer under test: where to send requests, where its data is, which processes to watch.</summary>
internal interface IBenchmarkTarget : IAsyncDisposable
{
    Uri Ingestion { get; }

    /// <summary>An API key of a test user of <paramref name="role"/>, valid on this target's key ring.</summary>
    string ApiKey(string role);

    /// <summary>Ingestion's database, opened separately for reading results.</summary>
    StorageOptions Storage { get; }

    /// <summary>The processes whose memory is the target's (this one for the embedded host).</summary>
    IReadOnlyList<int> ProcessIds { get; }

    /// <summary>Peak resident memory over the target's life, per process name.</summary>
    IReadOnlyList<(string Name, long Bytes)> PeakMemory();
}
