namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>How long a test waits for the pipeline: generous, since other builds share this 2-core machine.</summary>
internal static class Patience
{
    /// <summary>One item, or one message through its retries (about 8 s of pauses) to the error queue.</summary>
    public static readonly TimeSpan OneItem = TimeSpan.FromSeconds(30);

    /// <summary>Hundreds of items through four services.</summary>
    public static readonly TimeSpan ManyItems = TimeSpan.FromSeconds(90);

    /// <summary>A service host starting: migrations, bus connection, consumer topology.</summary>
    public static readonly TimeSpan HostStart = TimeSpan.FromSeconds(60);
}
