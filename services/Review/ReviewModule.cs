using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Accounts;
using VoiceOfCustomer.Review.Features.Audit;
using VoiceOfCustomer.Review.Features.Reports;
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
        return services;
    }

    public static void AddReviewConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<WatchFeedbackConsumer, WatchFeedbackConsumerDefinition>();
        bus.AddConsumer<CopyAccountSegmentsConsumer, CopyAccountSegmentsConsumerDefinition>();
        bus.AddAuditConsumers();
        bus.AddReviewReportsConsumers();
    }

    public static IEndpointRouteBuilder MapReview(this IEndpointRouteBuilder app)
    {
        app.MapAudit();
        app.MapReviewReports();
        return app;
    }
}
