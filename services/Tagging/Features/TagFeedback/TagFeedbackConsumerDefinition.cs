using MassTransit;
using VoiceOfCustomer.Hosting.Messaging;

namespace VoiceOfCustomer.Tagging.Features.TagFeedback;

public sealed class TagFeedbackConsumerDefinition : ConsumerDefinition<TagFeedbackConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TagFeedbackConsumer> consumerConfigurator, IRegistrationContext context) =>
        PipelineConsumers.Configure(endpointConfigurator, consumerConfigurator);
}
