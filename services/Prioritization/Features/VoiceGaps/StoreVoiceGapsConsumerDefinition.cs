using MassTransit;

namespace VoiceOfCustomer.Prioritization.Features.VoiceGaps;

/// <summary>One set of gaps at a time (each replaces the whole table), retried a few times before the error queue.</summary>
public sealed class StoreVoiceGapsConsumerDefinition : ConsumerDefinition<StoreVoiceGapsConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<StoreVoiceGapsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000));
        consumerConfigurator.UseConcurrentMessageLimit(1);
    }
}
