using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace VoiceOfCustomer.Cli.Output;

/// <summary>One plain line every 5% of the file, for consoles that cannot redraw a bar (redirected output, CI logs).</summary>
public sealed class PlainUploadProgress(IAnsiConsole console, long totalBytes) : IProgress<long>
{
    private const int StepPercent = 5;

    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private int nextPercent = StepPercent;

    public void Report(long value)
    {
        var percent = totalBytes == 0 ? 100 : (int)(value * 100 / totalBytes);
        if (percent < nextPercent)
        {
            return;
        }

        nextPercent = (percent / StepPercent * StepPercent) + StepPercent;
        var seconds = Math.Max(elapsed.Elapsed.TotalSeconds, 0.001);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Uploaded {percent,3}%  {Megabytes(value):0.0} of {Megabytes(totalBytes):0.0} MB  {Megabytes(value) / seconds:0.0} MB/s  {elapsed.Elapsed:hh\\:mm\\:ss}"));
        if (value >= totalBytes)
        {
            console.WriteLine(UploadProgressDisplay.WaitingMessage);
        }
    }

    private static double Megabytes(long bytes) => bytes / 1_000_000d;
}
