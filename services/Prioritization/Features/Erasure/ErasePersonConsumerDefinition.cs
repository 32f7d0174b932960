using MassTransit;

namespace VoiceOfCustomer.Prioritization.Features.Erasure;

/// <summary>Retries cover a busy database; redaction is idempotent.</summary>
public sealed class ErasePersonConsumerDefinition : ConsumerDefinition<ErasePersonConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ErasePersonConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000, 15_000));
}
