using MassTransit;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>Holds, samples and dispositions: services, consumers and endpoints, so ReviewModule adds each with one line.</summary>
public static class HoldsRegistration
{
    /// <summary>Auditors review; CSMs too when Review:SecondPerson is Csm (checked per request).</summary>
    private static readonly string[] Reviewers = [Roles.Auditor, Roles.Csm];

    public static IServiceCollection AddHolds(this IServiceCollection services)
    {
        services.AddValidatedOptions<HoldOptions>(HoldOptions.Section);
        services.AddSingleton<HoldReads>();
        services.AddSingleton<Dispositions>();
        return services;
    }

    public static void AddHoldsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<KeepFeedbackTextConsumer, KeepFeedbackTextConsumerDefinition>();
        bus.AddConsumer<HoldSuppressionsConsumer, HoldSuppressionsConsumerDefinition>();
    }

    public static IEndpointRouteBuilder MapHolds(this IEndpointRouteBuilder app)
    {
        var holds = app.MapGroup("/api/review/holds").WithTags("Review").RequireRoles(Reviewers);
        holds.MapGet("/", HoldEndpoints.ListAsync)
            .WithSummary("Held and sampled suppressions (status=open, the default, or resolved) with the text, the account's segments, who suppressed and why.");
        holds.MapGet("/summary", HoldEndpoints.SummaryAsync)
            .WithSummary("How many items are held and sampled, open and resolved, and the miss rate: the share of sampled suppressions reviewers reinstated.");
        holds.MapPost("/{holdId:guid}/disposition", HoldEndpoints.DecideAsync)
            .WithSummary("Confirm or reinstate a held or sampled suppression (201): never by whoever suppressed it. A reinstated item goes back to the PM queue.");
        return app;
    }
}
