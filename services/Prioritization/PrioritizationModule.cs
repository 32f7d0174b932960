using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.TriageInbox;

namespace VoiceOfCustomer.Prioritization;

/// <summary>Prioritization: the triage inbox, then (with its issue) decisions, requests and scores. Owns prioritization_* tables.</summary>
public static class PrioritizationModule
{
    public const string Name = "prioritization";

    public static IServiceCollection AddPrioritization(this IServiceCollection services)
    {
        services.AddMigrations(Name, typeof(PrioritizationModule).Assembly);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static void AddPrioritizationConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<QueueForTriageConsumer, QueueForTriageConsumerDefinition>();
}
