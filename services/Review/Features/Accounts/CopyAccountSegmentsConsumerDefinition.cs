using MassTransit;

namespace VoiceOfCustomer.Review.Features.Accounts;

public sealed class CopyAccountSegmentsConsumerDefinition : ConsumerDefinition<CopyAccountSegmentsConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<CopyAccountSegmentsConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000));
}
