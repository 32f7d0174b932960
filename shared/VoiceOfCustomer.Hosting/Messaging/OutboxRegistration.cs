using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Messaging;

public static class OutboxRegistration
{
    /// <summary>
    /// Registers the outbox of a service (keyed by the service name) and the relay that empties it, held back by the
    /// service's <see cref="IOutboxGate"/> when one is registered with the same key.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, string service)
    {
        services.AddKeyedSingleton(service, new Outbox(service));
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(provider => new OutboxRelay(
            provider.GetRequiredKeyedService<Outbox>(service),
            provider.GetRequiredService<Database>(),
            provider.GetRequiredService<IBus>(),
            provider.GetRequiredService<ILogger<OutboxRelay>>(),
            provider.GetKeyedService<IOutboxGate>(service)));
        return services;
    }
}
