using Microsoft.Extensions.Options;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>Looks at the head of the audit log every Review:Audit:CheckpointPollInterval and signs a checkpoint when one is due.</summary>
public sealed class AuditCheckpointWriter(AuditCheckpoints checkpoints, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditCheckpointWriter> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckpointPollInterval, clock);
        do
        {
            try
            {
                await checkpoints.SignIfDueAsync(force: false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // A broken chain or an unreachable database: say so every time, and keep trying (verify names the record).
                logger.LogError(error, "Audit checkpoint not signed");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
