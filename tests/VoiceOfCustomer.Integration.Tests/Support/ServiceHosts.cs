using System.Net;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Ingestion;
using VoiceOfCustomer.Prioritization.Features.TriageInbox;
using VoiceOfCustomer.Review.Features.WatchFeedback;
using VoiceOfCustomer.Tagging.Features.TagFeedback;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>The four services, each in its own host, sharing only the broker and the database (each its own tables).</summary>
internal sealed class ServiceHosts(IReadOnlyDictionary<string, string?> settings) : IAsyncDisposable
{
    private ServiceHost<IngestionOptions>? ingestion;
    private ServiceHost<TagFeedbackConsumer>? tagging;
    private ServiceHost<QueueForTriageConsumer>? prioritization;
    private ServiceHost<WatchFeedbackConsumer>? review;

    public ServiceHost<IngestionOptions> Ingestion => ingestion ?? throw NotRunning("Ingestion");

    public ServiceHost<TagFeedbackConsumer> Tagging => tagging ?? throw NotRunning("Tagging");

    public ServiceHost<QueueForTriageConsumer> Prioritization => prioritization ?? throw NotRunning("Prioritization");

    public ServiceHost<WatchFeedbackConsumer> Review => review ?? throw NotRunning("Review");

    /// <summary>Ingestion's bus: what publishes "straight onto the bus" in the tests.</summary>
    public IBus IngestionBus => Ingestion.Services.GetRequiredService<IBus>();

    /// <summary>Starts downstream first, so every consumer's queue is bound before Ingestion's outbox relay publishes.</summary>
    public async Task StartAsync()
    {
        review = await StartAsync(new ServiceHost<WatchFeedbackConsumer>("Review", settings));
        prioritization = await StartAsync(new ServiceHost<QueueForTriageConsumer>("Prioritization", settings));
        await StartTaggingAsync();
        ingestion = await StartAsync(new ServiceHost<IngestionOptions>("Ingestion", settings));
    }

    /// <summary>Stops Tagging as a process stop would: its bus drains in-flight messages and disconnects; its queue stays.</summary>
    public async Task StopTaggingAsync()
    {
        if (tagging is not null)
        {
            await tagging.DisposeAsync();
            tagging = null;
        }
    }

    public async Task StartTaggingAsync() => tagging ??= await StartAsync(new ServiceHost<TagFeedbackConsumer>("Tagging", settings));

    public static async Task<HttpStatusCode> ReadinessAsync<T>(ServiceHost<T> host)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(host);
        using var client = host.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        // Ingestion first: nothing new enters while the consumers drain.
        await DisposeAsync(ingestion);
        await DisposeAsync(tagging);
        await DisposeAsync(prioritization);
        await DisposeAsync(review);
        ingestion = null;
        tagging = null;
        prioritization = null;
        review = null;
    }

    private static async Task<ServiceHost<T>> StartAsync<T>(ServiceHost<T> host)
        where T : class
    {
        try
        {
            host.StartServer();
            await Eventually.Until(() => ReadinessAsync(host), status => status == HttpStatusCode.OK, Patience.HostStart, $"{host.Name} to be ready");
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private static async Task DisposeAsync<T>(WebApplicationFactory<T>? host)
        where T : class
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    private static InvalidOperationException NotRunning(string service) => new($"The {service} host is not running.");
}
