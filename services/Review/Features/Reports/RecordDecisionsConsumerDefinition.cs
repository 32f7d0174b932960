using MassTransit;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>Retries a failed decision a few times (the database may be busy) before it goes to the error queue.</summary>
public sealed class RecordDecisionsConsumerDefinition : ConsumerDefinition<RecordDecisionsConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<RecordDecisionsConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000));
}
