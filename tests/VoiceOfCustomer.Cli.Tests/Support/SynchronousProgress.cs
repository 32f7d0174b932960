namespace VoiceOfCustomer.Cli.Tests.Support;

/// <summary>Unlike Progress&lt;T&gt;, calls back on the reporting thread, so reports arrive in order.</summary>
public sealed class SynchronousProgress(Action<long> report) : IProgress<long>
{
    public void Report(long value) => report(value);
}
