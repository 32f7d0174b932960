using MassTransit;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>Retries cover a busy database; a decision is recorded once whatever the retries.</summary>
public sealed class HoldSuppressionsConsumerDefinition : ConsumerDefinition<HoldSuppressionsConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<HoldSuppressionsConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000, 15_000));
}
