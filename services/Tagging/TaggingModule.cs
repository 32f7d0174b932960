using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Tagging.Features.TagFeedback;

namespace VoiceOfCustomer.Tagging;

/// <summary>Tagging: what each item is about. Owns tagging_* tables.</summary>
public static class TaggingModule
{
    public const string Name = "tagging";

    public static IServiceCollection AddTagging(this IServiceCollection services)
    {
        services.AddMigrations(Name, typeof(TaggingModule).Assembly);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static void AddTaggingConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<TagFeedbackConsumer, TagFeedbackConsumerDefinition>();
}
