using MassTransit;

namespace VoiceOfCustomer.Hosting.Messaging;

/// <summary>
/// Settings shared by the consumers that move items through the pipeline: messages are taken in batches
/// (one transaction per batch instead of per item), retried with growing pauses, then moved to _error.
/// </summary>
public static class PipelineConsumers
{
    public const int BatchSize = 100;

    public static void Configure<TConsumer>(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer)
        where TConsumer : class
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(consumer);
        endpoint.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000));
        consumer.Options<BatchOptions>(batch => batch
            .SetMessageLimit(BatchSize)
            .SetTimeLimit(TimeSpan.FromMilliseconds(20))
            .SetConcurrencyLimit(2));
    }
}
