using System.Diagnostics;
using System.Globalization;

namespace VoiceOfCustomer.Benchmarks.Measure;

/// <summary>
/// Samples the resident memory (working set) of some processes every 100 ms, and the GC heap of this
/// process, from start to dispose. A sample can be tagged with the progress of the work (0..1) so the
/// curve can be read at 10%, 50% and 100%.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly IReadOnlyList<int> _pids;
    private readonly Func<double>? _progress;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<(double Progress, long Bytes)> _curve = [];

    public MemorySampler(IReadOnlyList<int> pids, Func<double>? progress = null)
    {
        _pids = pids;
        _progress = progress;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Largest sum of the processes' working sets seen.</summary>
    public long PeakBytes { get; private set; }

    /// <summary>Largest GC heap of this process seen (embedded host only).</summary>
    public long PeakGcHeapBytes { get; private set; }

    /// <summary>The working set when progress first reached <paramref name="fraction"/> (NaN when never).</summary>
    public double AtProgress(double fraction)
    {
        lock (_curve)
        {
            return _curve.FirstOrDefault(p => p.Progress >= fraction) is { Bytes: > 0 } point ? point.Bytes : double.NaN;
        }
    }

    public static long ResidentBytes(int pid) => ReadStatus(pid, "VmRSS:");

    /// <summary>The process's peak resident set over its life (VmHWM).</summary>
    public static long PeakResidentBytes(int pid) => ReadStatus(pid, "VmHWM:");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        Sample();
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                Sample();
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }

    private void Sample()
    {
        var bytes = _pids.Sum(ResidentBytes);
        PeakBytes = Math.Max(PeakBytes, bytes);
        PeakGcHeapBytes = Math.Max(PeakGcHeapBytes, GC.GetGCMemoryInfo().HeapSizeBytes);
        if (_progress is not null)
        {
            lock (_curve)
            {
                _curve.Add((_progress(), bytes));
            }
        }
    }

    private static long ReadStatus(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0; // the process has exited
        }
        catch (UnauthorizedAccessException)
        {
            return Process.GetProcessById(pid).WorkingSet64;
        }
    }
}
