using MassTransit;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>Retries cover a busy database; the insert is idempotent.</summary>
public sealed class KeepFeedbackTextConsumerDefinition : ConsumerDefinition<KeepFeedbackTextConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<KeepFeedbackTextConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000));
}
