using System.Globalization;

namespace VoiceOfCustomer.Benchmarks.Measure;

/// <summary>How busy the whole machine was between two readings of /proc/stat (all processes, not only ours).</summary>
internal sealed class CpuMeter
{
    private readonly (long Busy, long Total) _start = Read();

    /// <summary>Cores' worth of CPU used by the machine since this meter was made (2.0 = both cores all the time).</summary>
    public double CoresBusy()
    {
        var end = Read();
        var total = end.Total - _start.Total;
        return total <= 0 ? double.NaN : Environment.ProcessorCount * (double)(end.Busy - _start.Busy) / total;
    }

    private static (long Busy, long Total) Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }

        // cpu  user nice system idle iowait irq softirq steal ...
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }
}
