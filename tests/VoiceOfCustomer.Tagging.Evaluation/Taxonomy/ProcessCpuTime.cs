using System.Diagnostics;

namespace VoiceOfCustomer.Tagging.Evaluation.Taxonomy;

/// <summary>
/// Wall time and this process's CPU time over a piece of work. On a shared machine wall time mostly measures the
/// neighbours; CPU time is what the work itself costs (single-threaded work, after warm-up, so JIT and GC are small).
/// </summary>
internal sealed class ProcessCpuTime
{
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private readonly TimeSpan cpuAtStart = Cpu();

    public TimeSpan Wall => wall.Elapsed;

    public TimeSpan CpuSoFar => Cpu() - cpuAtStart;

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
