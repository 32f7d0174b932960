using VoiceOfCustomer.Integration.Tests.Support;

namespace VoiceOfCustomer.Integration.Tests;

/// <summary>
/// Once per run: a fresh PostgreSQL database, a fresh RabbitMQ virtual host, and Ingestion, Tagging, Prioritization
/// and Review each in a host of its own, connected only through the broker. Skipped without the test servers
/// (deploy/local/servers.sh), failed without them under tests/run.sh.
/// </summary>
[SetUpFixture]
public sealed class DistributedPipeline
{
    private static RunningPipeline? running;

    internal static RunningPipeline Current =>
        running ?? throw new InvalidOperationException("The distributed pipeline is not running: its set-up fixture did not start it.");

    [OneTimeSetUp]
    public async Task StartAsync() => running = await RunningPipeline.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (running is not null)
        {
            await running.DisposeAsync();
            running = null;
        }
    }
}
