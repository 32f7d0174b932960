using MassTransit;
using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>Keeps this process's <see cref="AccessReplica"/> up to date with the portal's users and keys.</summary>
public sealed class ReplicateAccessConsumer(AccessReplica replica) : IConsumer<UserAccessChanged>, IConsumer<ApiKeyRevoked>
{
    public Task Consume(ConsumeContext<UserAccessChanged> context) => replica.ApplyAsync(context.Message, context.CancellationToken);

    public Task Consume(ConsumeContext<ApiKeyRevoked> context) => replica.ApplyAsync(context.Message, context.CancellationToken);
}
