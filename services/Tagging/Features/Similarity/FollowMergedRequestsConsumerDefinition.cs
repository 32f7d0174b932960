using MassTransit;
using VoiceOfCustomer.Hosting.Messaging;

namespace VoiceOfCustomer.Tagging.Features.Similarity;

public sealed class FollowMergedRequestsConsumerDefinition : ConsumerDefinition<FollowMergedRequestsConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<FollowMergedRequestsConsumer> consumerConfigurator, IRegistrationContext context) =>
        PipelineConsumers.Configure(endpointConfigurator, consumerConfigurator);
}
