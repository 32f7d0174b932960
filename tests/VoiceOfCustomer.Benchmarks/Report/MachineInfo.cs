using System.Globalization;
using System.Runtime.InteropServices;

namespace VoiceOfCustomer.Benchmarks.Report;

/// <summary>What the figures were measured on, and how busy the machine was (other work shares it).</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var memory = File.Exists("/proc/meminfo")
            ? $"{long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024:0.#} GiB RAM"
            : "RAM unknown";
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : RuntimeInformation.OSDescription;
        return $"{Environment.ProcessorCount} cores, {memory}, {os}, {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>The 1, 5 and 15 minute load averages, as `uptime` shows them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
