using MassTransit;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>Appends are serialized by the log's lock anyway; retries cover a lock wait that times out or a database restart.</summary>
public sealed class RecordAuditEventsConsumerDefinition : ConsumerDefinition<RecordAuditEventsConsumer>
{
    public RecordAuditEventsConsumerDefinition() => ConcurrentMessageLimit = 4;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<RecordAuditEventsConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000, 15_000));
}
