using System.Security.Claims;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Accounts;
using VoiceOfCustomer.Prioritization.Features.Erasure;
using VoiceOfCustomer.Prioritization.Features.Holds;
using VoiceOfCustomer.Prioritization.Features.Notifications;
using VoiceOfCustomer.Prioritization.Features.Requests;
using VoiceOfCustomer.Prioritization.Features.Scoring;
using VoiceOfCustomer.Prioritization.Features.Triage;
using VoiceOfCustomer.Prioritization.Features.TriageInbox;
using VoiceOfCustomer.Prioritization.Features.VoiceGaps;

namespace VoiceOfCustomer.Prioritization;

/// <summary>Prioritization: the triage inbox, decisions (records, never edits), requests and their scores. Owns prioritization_* tables.</summary>
public static class PrioritizationModule
{
    public const string Name = "prioritization";

    /// <summary>Who reads the queue: PMs work it, CSMs pick requests from it, auditors read everything.</summary>
    private static readonly string[] QueueReaders = [Roles.Pm, Roles.Csm, Roles.Auditor];

    /// <summary>Who sees who decided what: the CSMs who decide and the auditors, not the PMs.</summary>
    private static readonly string[] DecisionReaders = [Roles.Csm, Roles.Auditor];

    public static IServiceCollection AddPrioritization(this IServiceCollection services)
    {
        services.AddValidatedOptions<PrioritizationOptions>(PrioritizationOptions.Section);
        services.AddValidatedOptions<FormulaOptions>(FormulaOptions.Section);
        services.AddMigrations(Name, typeof(PrioritizationModule).Assembly);
        services.AddOutbox(Name);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ScoreFormula>();
        services.AddSingleton<RequestScores>();
        services.AddSingleton<TriageDecisions>();
        services.AddSingleton<RequestChanges>();
        services.AddSingleton<RequestMoves>();
        services.AddSingleton<FormulaRescore>();
        services.AddHostedService(provider => provider.GetRequiredService<FormulaRescore>());
        return services;
    }

    public static void AddPrioritizationConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<QueueForTriageConsumer, QueueForTriageConsumerDefinition>();
        bus.AddConsumer<CopyAccountsConsumer, CopyAccountsConsumerDefinition>();
        bus.AddConsumer<TrackHoldsConsumer, TrackHoldsConsumerDefinition>();
        bus.AddConsumer<StoreVoiceGapsConsumer, StoreVoiceGapsConsumerDefinition>();
        bus.AddConsumer<ErasePersonConsumer, ErasePersonConsumerDefinition>();
    }

    public static IEndpointRouteBuilder MapPrioritization(this IEndpointRouteBuilder app)
    {
        var triage = app.MapGroup("/api/triage").WithTags("Triage");
        triage.MapGet("/inbox", TriageEndpoints.InboxAsync).RequireRoles(Roles.Csm).WithSummary("The caller's items awaiting a decision, oldest first.");
        triage.MapPost("/{feedbackId:guid}/decisions", TriageEndpoints.DecideAsync).RequireRoles(Roles.Csm)
            .WithSummary("Decide about an item: forward, merge, deprioritize or suppress (201). A new record that supersedes the previous one.");
        triage.MapGet("/{feedbackId:guid}/decisions", TriageEndpoints.HistoryAsync).RequireRoles(DecisionReaders)
            .WithSummary("Every decision about an item, oldest first: none is ever edited or deleted.");

        var requests = app.MapGroup("/api/requests").WithTags("Requests");
        requests.MapGet("/", QueueEndpoints.ListAsync).RequireRoles(QueueReaders)
            .WithSummary("The queue: requests by score, with filters, paging and (compare=revenue) the revenue-only rank beside it.");
        requests.MapGet("/rescore", FormulaRescore.ProgressEndpoint).RequireRoles(Roles.Pm, Roles.Auditor, Roles.Admin)
            .WithSummary("Progress of scoring every request again after a formula change (the current Prioritization:Formula:Version).");
        requests.MapGet("/export", QueueExport.ExportAsync).RequireRoles(QueueReaders).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("Every open request as CSV, by score, with its revenue-only rank beside it.");
        requests.MapGet("/facets/{facet}", QueueFacetValues.ListAsync).RequireRoles(QueueReaders)
            .WithSummary("The values a queue filter can take now (area, theme, or a segment such as industry), with how many open requests have each.");
        requests.MapGet("/{requestId:guid}", RequestEndpoints.GetAsync).RequireRoles(QueueReaders)
            .WithSummary("One request: its score's breakdown as of now (each term and the accounts behind it) and what customers said.");
        requests.MapPatch("/{requestId:guid}", (Guid requestId, RequestChanges.Change change, ClaimsPrincipal user, RequestChanges changes, CancellationToken cancellationToken) =>
                changes.ChangeAsync(requestId, change, user, cancellationToken))
            .RequireRoles(Roles.Pm).WithSummary("Rename a request or set its status (declined needs statusReason); the CSMs whose customers asked are notified.");
        requests.MapPost("/{requestId:guid}/merge", (Guid requestId, RequestChanges.Merge merge, ClaimsPrincipal user, RequestChanges changes, CancellationToken cancellationToken) =>
                changes.MergeAsync(requestId, merge, user, cancellationToken))
            .RequireRoles(Roles.Pm).WithSummary("Merge this request into another: its items and accounts count there from now on.");
        requests.MapPost("/{requestId:guid}/move", (Guid requestId, RequestMoves.Move move, ClaimsPrincipal user, RequestMoves moves, CancellationToken cancellationToken) =>
                moves.MoveAsync(requestId, move, user, cancellationToken))
            .RequireRoles(Roles.Pm, Roles.Csm)
            .WithSummary("Move items of this request to another (into) or split them off into a new request (newRequestTitle): all or none. A CSM moves their own items.");

        var notifications = app.MapGroup("/api/notifications").WithTags("Notifications").RequireRoles(Roles.Csm);
        notifications.MapGet("/", NotificationEndpoints.ListAsync).WithSummary("The caller's notifications about requests their customers asked for, newest first.");
        notifications.MapPost("/{notificationId:guid}/read", NotificationEndpoints.MarkReadAsync).WithSummary("Mark one of the caller's notifications read.");
        return app;
    }
}
