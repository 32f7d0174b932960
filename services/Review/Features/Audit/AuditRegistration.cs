using MassTransit;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>The audit log's services, consumer and endpoints, so ReviewModule adds each with one line.</summary>
public static class AuditRegistration
{
    /// <summary>Who reads the log and verifies it: auditors, and admins who answer for the installation.</summary>
    private static readonly string[] Readers = [Roles.Auditor, Roles.Admin];

    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddValidatedOptions<AuditOptions>(AuditOptions.Section);
        services.AddSingleton<AuditKeyFiles>();
        services.AddSingleton<AuditSigningKey>();
        services.AddSingleton(provider => new PersonalDataHash(() => provider.GetRequiredService<AuditKeyFiles>().PersonalDataKeyPath));
        services.AddSingleton<AuditEntries>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditReads>();
        services.AddSingleton<AuditVerifier>();
        services.AddSingleton<AuditCheckpoints>();
        services.AddHostedService<AuditCheckpointWriter>();
        return services;
    }

    public static void AddAuditConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<RecordAuditEventsConsumer, RecordAuditEventsConsumerDefinition>();

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit").WithTags("Audit").RequireRoles(Readers);
        audit.MapGet("/", AuditEndpoints.ListAsync).WithSummary("The audit log, newest first: every record with its hash and the hash it chains to.");
        audit.MapGet("/verify", AuditEndpoints.VerifyAsync)
            .WithSummary("Recompute every record's hash and the chain, check every signed checkpoint; name the first record that does not match.");
        audit.MapGet("/checkpoints", AuditEndpoints.CheckpointsAsync)
            .WithSummary("Every signed checkpoint with the public key (PEM) and the signed byte layout, to check offline.");
        return app;
    }
}
