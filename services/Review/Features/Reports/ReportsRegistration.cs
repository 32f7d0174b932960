using MassTransit;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Review.Features.Disparity;
using VoiceOfCustomer.Review.Features.Policy;
using VoiceOfCustomer.Review.Features.Segments;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>The reports' services, consumers and endpoints (and the policy list's), so ReviewModule adds each with one line.</summary>
public static class ReportsRegistration
{
    /// <summary>Who reads every report: auditors and admins.</summary>
    private static readonly string[] Readers = [Roles.Auditor, Roles.Admin];

    /// <summary>Who reads the overall per-attribute figures and what drives the accounts: also product managers.</summary>
    private static readonly string[] OverallReaders = [Roles.Auditor, Roles.Admin, Roles.Pm];

    public static IServiceCollection AddReviewReports(this IServiceCollection services)
    {
        services.AddValidatedOptions<ReviewWindowOptions>(ReviewWindowOptions.Section);
        services.AddValidatedOptions<DisparityOptions>(DisparityOptions.Section);
        services.AddSingleton<ReportsRefresh>();
        services.AddSingleton<ReviewReports>();
        services.AddSingleton<PolicyVersions>();
        services.AddSingleton<SegmentsTable>();
        services.AddSingleton<VoiceGapAnnouncement>();
        services.AddSingleton<ReportsRefresher>();
        services.AddHostedService(provider => provider.GetRequiredService<ReportsRefresher>());
        return services;
    }

    public static void AddReviewReportsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<RecordDecisionsConsumer, RecordDecisionsConsumerDefinition>();
        bus.AddConsumer<RingOnInputsConsumer>();
    }

    public static IEndpointRouteBuilder MapReviewReports(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/review").WithTags("Review reports");
        review.MapGet("/disparity", ReportEndpoints.Disparity).RequireRoles(OverallReaders)
            .WithSummary("Per attribute value against the rest: rates with Wilson intervals, RR, excess, Fisher p, BH q, CMH by CSM, verdict and sentence. format=csv for CSV.");
        review.MapGet("/disparity/csms", ReportEndpoints.Csms).RequireRoles(Readers)
            .WithSummary("Per CSM x segment: beta-binomial posterior probability that the CSM suppresses the segment at least 1.25 times their usual.");
        review.MapGet("/disparity/intersections", ReportEndpoints.Intersections).RequireRoles(Readers)
            .WithSummary("Two-way intersections (region x language, ...) with at least 30 items, counts shown, against the other cells.");
        review.MapGet("/segments", ReportEndpoints.Segments).RequireRoles(Readers)
            .WithSummary("Each segment's share of accounts and of feedback, the voice-gap binomial test, and whether it is under-represented and why.");
        review.MapGet("/driven-by", ReportEndpoints.DrivenBy).RequireRoles(OverallReaders)
            .WithSummary("What drives the accounts (revenue, value, unsure), per region and segment, from the accounts' what_drives_us attribute.");
        review.MapGet("/policy", PolicyEndpoints.GetAsync).RequireRoles(Readers)
            .WithSummary("The policy-designated segments in force, and every earlier version.");
        review.MapPut("/policy", PolicyEndpoints.PutAsync).RequireRoles(Roles.Admin)
            .WithSummary("Replace the policy-designated segments: a new version, recorded in the audit log.");
        return app;
    }
}
