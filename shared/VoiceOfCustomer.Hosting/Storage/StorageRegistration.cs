using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace VoiceOfCustomer.Hosting.Storage;

public static class StorageRegistration
{
    /// <summary>The database of this process (one per process, shared by the services it hosts).</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        services.AddSingleton<Database>();
        services.AddSingleton<MigrationRunner>();
        services.AddHostedService<MigrateOnStart>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>Registers a service's embedded migrations, applied at start. Tables of the service start with its name.</summary>
    public static IServiceCollection AddMigrations(this IServiceCollection services, string service, Assembly assembly) =>
        services.AddSingleton(new MigrationSet(service, assembly));
}
