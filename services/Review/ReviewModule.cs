using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Accounts;
using VoiceOfCustomer.Review.Features.Audit;
using VoiceOfCustomer.Review.Features.Reports;
using VoiceOfCustomer.Review.Features.Erasure;
using VoiceOfCustomer.Review.Features.Holds;
using VoiceOfCustomer.Review.Features.WatchFeedback;

namespace VoiceOfCustomer.Review;

/// <summary>Review: watches triage for disparity between customer segments. Owns review_* tables.</summary>
public static class ReviewModule
{
    public const string Name = "review";

    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddMigrations(Name, typeof(ReviewModule).Assembly);
        services.TryAddSingleton(TimeProvider.System);
        services.AddAudit();
        services.AddReviewReports();
        services.AddOutbox(Name);
        services.AddHolds();
        services.AddErasure();
        return services;
    }

    public static void AddReviewConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<WatchFeedbackConsumer, WatchFeedbackConsumerDefinition>();
        bus.AddConsumer<CopyAccountSegmentsConsumer, CopyAccountSegmentsConsumerDefinition>();
        bus.AddAuditConsumers();
        bus.AddReviewReportsConsumers();
        bus.AddHoldsConsumers();
    }

    public static IEndpointRouteBuilder MapReview(this IEndpointRouteBuilder app)
    {
        app.MapAudit();
        app.MapReviewReports();
        app.MapHolds();
        app.MapErasure();
        return app;
    }
}
