using MassTransit;

namespace VoiceOfCustomer.Prioritization.Features.Accounts;

public sealed class CopyAccountsConsumerDefinition : ConsumerDefinition<CopyAccountsConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<CopyAccountsConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000));
}
