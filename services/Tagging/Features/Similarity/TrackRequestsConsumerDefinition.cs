using MassTransit;
using VoiceOfCustomer.Hosting.Messaging;

namespace VoiceOfCustomer.Tagging.Features.Similarity;

public sealed class TrackRequestsConsumerDefinition : ConsumerDefinition<TrackRequestsConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TrackRequestsConsumer> consumerConfigurator, IRegistrationContext context) =>
        PipelineConsumers.Configure(endpointConfigurator, consumerConfigurator);
}
