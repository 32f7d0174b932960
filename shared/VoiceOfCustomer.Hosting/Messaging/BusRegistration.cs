using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Hosting.Messaging;

public static class BusRegistration
{
    /// <summary>
    /// One bus per process, in memory or on RabbitMQ by configuration. Endpoints are kebab-case consumer
    /// names; retries are set per consumer in its definition, and what still fails lands in its _error queue.
    /// </summary>
    public static IServiceCollection AddServiceBus(
        this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator> addConsumers)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<BusOptions>(BusOptions.Section);
        services.AddOptions<RabbitMqOptions>().BindConfiguration($"{BusOptions.Section}:RabbitMq").ValidateDataAnnotations().ValidateOnStart();
        services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StopTimeout = TimeSpan.FromSeconds(30);
        });

        // The transport decides which registration runs, so it is read here, once, at composition time.
        var transport = configuration.GetSection(BusOptions.Section).Get<BusOptions>()?.Transport ?? BusTransport.InMemory;
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            addConsumers(bus);
            bus.AddConsumer<ReplicateAccessConsumer, ReplicateAccessConsumerDefinition>();
            if (transport == BusTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var rabbit = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                    cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
                    {
                        host.Username(rabbit.Username);
                        host.Password(rabbit.Password);
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });
        return services;
    }
}
