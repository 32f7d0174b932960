using Spectre.Console;

namespace VoiceOfCustomer.Cli.Output;

/// <summary>Moves a Spectre progress bar as bytes are sent.</summary>
public sealed class LiveUploadProgress(ProgressTask task) : IProgress<long>
{
    public void Report(long value)
    {
        task.Value = value;
        if (value >= task.MaxValue)
        {
            task.Description = UploadProgressDisplay.WaitingMessage;
        }
    }
}
