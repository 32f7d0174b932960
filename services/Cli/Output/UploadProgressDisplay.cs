using Spectre.Console;

namespace VoiceOfCustomer.Cli.Output;

/// <summary>Shows an upload's progress: a live bar on a terminal, plain lines everywhere else.</summary>
public static class UploadProgressDisplay
{
    public const string WaitingMessage = "Waiting for the server's answer";

    public static async Task<T> RunAsync<T>(
        IAnsiConsole console, string description, long totalBytes, Func<IProgress<long>, Task<T>> upload)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            console.WriteLine(description);
            return await upload(new PlainUploadProgress(console, totalBytes));
        }

        return await console.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new DownloadedColumn(),
                new TransferSpeedColumn(),
                new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(totalBytes, 1));
                var result = await upload(new LiveUploadProgress(task));
                task.Value = task.MaxValue;
                task.Description = Markup.Escape(description);
                return result;
            });
    }
}
