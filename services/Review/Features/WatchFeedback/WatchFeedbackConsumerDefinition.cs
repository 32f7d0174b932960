using MassTransit;
using VoiceOfCustomer.Hosting.Messaging;

namespace VoiceOfCustomer.Review.Features.WatchFeedback;

public sealed class WatchFeedbackConsumerDefinition : ConsumerDefinition<WatchFeedbackConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<WatchFeedbackConsumer> consumerConfigurator, IRegistrationContext context) =>
        PipelineConsumers.Configure(endpointConfigurator, consumerConfigurator);
}
