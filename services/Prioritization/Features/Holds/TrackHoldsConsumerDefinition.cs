using MassTransit;

namespace VoiceOfCustomer.Prioritization.Features.Holds;

public sealed class TrackHoldsConsumerDefinition : ConsumerDefinition<TrackHoldsConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TrackHoldsConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000));
}
