using System.Security.Claims;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Tagging.Features.Models;
using VoiceOfCustomer.Tagging.Features.Similarity;
using VoiceOfCustomer.Tagging.Features.TagFeedback;
using VoiceOfCustomer.Tagging.Features.Tags;
using VoiceOfCustomer.Tagging.Features.Taxonomy;

namespace VoiceOfCustomer.Tagging;

/// <summary>Tagging: what each item is about, the taxonomy, corrections and the learned kind and area models. Owns tagging_* tables.</summary>
public static class TaggingModule
{
    public const string Name = "tagging";

    /// <summary>Who reads an item's tags: the CSMs and PMs who act on them, and the auditors.</summary>
    private static readonly string[] TagReaders = [Roles.Csm, Roles.Pm, Roles.Auditor];

    /// <summary>Who reads the taxonomy and its history: the admins who edit it and the auditors.</summary>
    private static readonly string[] TaxonomyReaders = [Roles.Admin, Roles.Auditor];

    /// <summary>Who reads the areas and themes (no phrases): those who correct an item's area too.</summary>
    private static readonly string[] AreaReaders = [Roles.Csm, Roles.Pm, Roles.Admin, Roles.Auditor];

    public static IServiceCollection AddTagging(this IServiceCollection services)
    {
        services.AddValidatedOptions<SimilarityOptions>(SimilarityOptions.Section);
        services.AddMigrations(Name, typeof(TaggingModule).Assembly);
        services.AddOutbox(Name);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TaggerModels>();
        services.AddSingleton<SimilarRequestDocuments>();
        services.AddSingleton<ItemTagger>();
        services.AddSingleton<TagCorrections>();
        services.AddSingleton<TaxonomyEdits>();
        return services;
    }

    public static void AddTaggingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<TagFeedbackConsumer, TagFeedbackConsumerDefinition>();
        bus.AddConsumer<TrackRequestsConsumer, TrackRequestsConsumerDefinition>();
        bus.AddConsumer<FollowMergedRequestsConsumer, FollowMergedRequestsConsumerDefinition>();
    }

    public static IEndpointRouteBuilder MapTagging(this IEndpointRouteBuilder app)
    {
        var tags = app.MapGroup("/api/tags").WithTags("Tags");
        tags.MapGet("/{feedbackId:guid}", TagEndpoints.GetAsync).RequireRoles(TagReaders)
            .WithSummary("Every tag of an item (language, sentiment, kinds, churn risk, area, personal data, similar request, severity) with its confidence and why, and the corrections since.");
        tags.MapPost("/{feedbackId:guid}/corrections", (Guid feedbackId, CorrectionInput input, ClaimsPrincipal user, TagCorrections corrections, CancellationToken cancellationToken) =>
                corrections.CorrectAsync(feedbackId, input, user, cancellationToken))
            .RequireRoles(Roles.Csm, Roles.Pm).WithSummary("Correct an item's kinds, area/theme or sentiment (201): a new record; the kind classifier and the area model learn from it.");

        var taxonomy = app.MapGroup("/api/taxonomy").WithTags("Taxonomy");
        taxonomy.MapGet("/", TaxonomyEndpoints.CurrentAsync).RequireRoles(TaxonomyReaders).WithSummary("The taxonomy in use, as YAML, with its version (0: the default).");
        taxonomy.MapPut("/", (TaxonomyInput input, ClaimsPrincipal user, TaxonomyEdits edits, CancellationToken cancellationToken) => edits.SaveAsync(input, user, cancellationToken))
            .RequireRoles(Roles.Admin).WithSummary("Save a new taxonomy version (201), or 422 naming each wrong field with its line; the next items are tagged with it.");
        taxonomy.MapGet("/areas", TaxonomyAreasEndpoint.GetAsync).RequireRoles(AreaReaders)
            .WithSummary("The areas and themes of the taxonomy in use (ids and names) with its version, for choosing an item's area.");
        taxonomy.MapGet("/versions", TaxonomyEndpoints.VersionsAsync).RequireRoles(TaxonomyReaders).WithSummary("Every saved version, newest first: who and when.");
        taxonomy.MapGet("/versions/{version:int}", TaxonomyEndpoints.VersionAsync).RequireRoles(TaxonomyReaders).WithSummary("One version's YAML.");
        return app;
    }
}
