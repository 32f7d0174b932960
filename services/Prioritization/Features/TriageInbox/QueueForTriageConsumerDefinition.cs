using MassTransit;
using VoiceOfCustomer.Hosting.Messaging;

namespace VoiceOfCustomer.Prioritization.Features.TriageInbox;

public sealed class QueueForTriageConsumerDefinition : ConsumerDefinition<QueueForTriageConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<QueueForTriageConsumer> consumerConfigurator, IRegistrationContext context) =>
        PipelineConsumers.Configure(endpointConfigurator, consumerConfigurator);
}
