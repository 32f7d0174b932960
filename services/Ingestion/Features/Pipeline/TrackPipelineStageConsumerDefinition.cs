using MassTransit;
using VoiceOfCustomer.Hosting.Messaging;

namespace VoiceOfCustomer.Ingestion.Features.Pipeline;

public sealed class TrackPipelineStageConsumerDefinition : ConsumerDefinition<TrackPipelineStageConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TrackPipelineStageConsumer> consumerConfigurator, IRegistrationContext context)
    {
        PipelineConsumers.Configure(endpointConfigurator, consumerConfigurator);
    }
}
