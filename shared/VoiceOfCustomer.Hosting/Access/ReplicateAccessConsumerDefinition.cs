using MassTransit;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>
/// Each service keeps its own copy, so each gets its own queue ("{service}-access"): copies of one service
/// compete on it (they share a database), different services each receive every change.
/// </summary>
public sealed class ReplicateAccessConsumerDefinition : ConsumerDefinition<ReplicateAccessConsumer>
{
    public ReplicateAccessConsumerDefinition(ServiceIdentity service)
    {
        ArgumentNullException.ThrowIfNull(service);
        EndpointName = $"{service.Name}-access";
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReplicateAccessConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000));
}
