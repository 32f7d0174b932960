using Microsoft.Extensions.Hosting;

namespace VoiceOfCustomer.Hosting.Storage;

/// <summary>Brings every registered service schema up to date before the bus and the web server start.</summary>
internal sealed class MigrateOnStart(MigrationRunner runner, IEnumerable<MigrationSet> sets) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var set in sets)
        {
            await runner.ApplyAsync(set, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
