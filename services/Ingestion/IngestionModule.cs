using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Ingestion.Features.Accounts;
using VoiceOfCustomer.Ingestion.Features.Feedback;
using VoiceOfCustomer.Ingestion.Features.CsvImport;
using VoiceOfCustomer.Ingestion.Features.Erasure;
using VoiceOfCustomer.Ingestion.Features.Pipeline;

namespace VoiceOfCustomer.Ingestion;

/// <summary>Ingestion: feedback as logged, the accounts registry and CSV imports.</summary>
public static class IngestionModule
{
    public const string Name = "ingestion";

    /// <summary>Who reads feedback: the CSMs who log it, the PMs who act on it, the auditors who check its triage.</summary>
    private static readonly string[] Readers = [Roles.Csm, Roles.Pm, Roles.Auditor];

    /// <summary>CSMs import feedback, admins import accounts; both follow their imports.</summary>
    private static readonly string[] Importers = [Roles.Csm, Roles.Admin];

    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddValidatedOptions<IngestionOptions>(IngestionOptions.Section);
        services.AddMigrations(Name, typeof(IngestionModule).Assembly);
        services.AddOutbox(Name);
        services.AddKeyedSingleton<IOutboxGate, PipelineBackpressure>(Name);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FeedbackWriter>();
        services.AddSingleton<FeedbackSubmissions>();
        services.AddHostedService(provider => provider.GetRequiredService<FeedbackSubmissions>());
        services.AddSingleton<AccountWriter>();
        services.AddSingleton<StageHistory>();
        services.AddSingleton<ImportJobs>();
        services.AddSingleton<CsvImporter>();
        services.AddScoped<FeedbackImport>();
        services.AddScoped<AccountImport>();
        services.AddHostedService<StuckFeedbackReconciler>();
        return services;
    }

    public static void AddIngestionConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<TrackPipelineStageConsumer, TrackPipelineStageConsumerDefinition>();
        bus.AddConsumer<ErasePersonConsumer, ErasePersonConsumerDefinition>();
    }

    public static IEndpointRouteBuilder MapIngestion(this IEndpointRouteBuilder app)
    {
        var limits = app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestionOptions>>().Value;
        var feedback = app.MapGroup("/api/feedback").WithTags("Feedback");
        feedback.MapPost("/", SubmitFeedbackEndpoint.HandleAsync).WithRequestBodyLimit(limits.MaxRequestBytes).RequireRoles(Roles.Csm)
            .WithSummary("Submit one feedback item; 202 with its id. The same idempotencyKey always gives the same item. csmId defaults to the caller.");
        feedback.MapGet("/{id:guid}", GetFeedbackEndpoint.HandleAsync).WithName(GetFeedbackEndpoint.RouteName).RequireRoles(Readers)
            .WithSummary("One item with its pipeline stage and history.");
        feedback.MapGet("/", ListFeedbackEndpoint.HandleAsync).RequireRoles(Readers).WithSummary("Items newest first, by account, CSM or stage.");

        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts");
        accounts.MapPut("/{accountId}", AccountEndpoints.UpsertAsync).WithRequestBodyLimit(limits.MaxRequestBytes).RequireRoles(Roles.Admin)
            .WithSummary("Create (201) or update (200) an account of the registry.");
        accounts.MapGet("/{accountId}", AccountEndpoints.GetAsync).RequireRoles(Roles.All.ToArray()).WithSummary("One account with its segment attributes.");
        accounts.MapGet("/", AccountEndpoints.ListAsync).RequireRoles(Roles.All.ToArray()).WithSummary("Accounts by id, with an optional search on name or id.");

        var imports = app.MapGroup("/api/imports").WithTags("Imports");
        imports.MapPost("/feedback", ImportEndpoints.ImportFeedbackAsync).WithRequestBodyLimit(limits.MaxImportBytes).RequireRoles(Roles.Csm)
            .Accepts<string>("text/csv").WithSummary("Import feedback from a CSV body; answers the import report.");
        imports.MapPost("/accounts", ImportEndpoints.ImportAccountsAsync).WithRequestBodyLimit(limits.MaxImportBytes).RequireRoles(Roles.Admin)
            .Accepts<string>("text/csv").WithSummary("Import accounts from a CSV body; answers the import report.");
        imports.MapGet("/{id:guid}", ImportEndpoints.GetAsync).RequireRoles(Importers).WithSummary("Progress and report of an import.");
        imports.MapGet("/{id:guid}/errors", ImportEndpoints.ErrorsAsync).RequireRoles(Importers).WithSummary("Every rejected row of an import.");
        return app;
    }
}
