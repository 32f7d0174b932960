using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Ingestion;
using VoiceOfCustomer.Portal;
using VoiceOfCustomer.Prioritization;
using VoiceOfCustomer.Review;
using VoiceOfCustomer.Tagging;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Benchmarks.Hosts;

/// <summary>
/// The all-in-one host started in this process on a free 127.0.0.1 port: the same composition as
/// services/AllInOne/Program.cs (every service, in-memory bus), on a fresh database given by the caller.
/// </summary>
internal sealed class EmbeddedHost : IBenchmarkTarget
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _contentRoot;

    private EmbeddedHost(WebApplication app, DirectoryInfo contentRoot, Uri address, StorageOptions storage)
    {
        _app = app;
        _contentRoot = contentRoot;
        Ingestion = address;
        Storage = storage;
    }

    public Uri Ingestion { get; }

    public StorageOptions Storage { get; }

    public IReadOnlyList<int> ProcessIds { get; } = [Environment.ProcessId];

    public IReadOnlyList<(string Name, long Bytes)> PeakMemory() => [];

    public string ApiKey(string role) => TestKeys.For(_app.Services, role);

    // pipeline: false leaves out the Tagging, Prioritization and Review consumers (a diagnostic: nothing consumes FeedbackSubmitted).
    public static async Task<EmbeddedHost> StartAsync(StorageOptions storage, CancellationToken cancellationToken, bool pipeline = true)
    {
        // An empty content root: no appsettings.json of a referenced project is picked up by accident.
        var contentRoot = Directory.CreateTempSubdirectory("voc-bench-host-");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot.FullName });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = storage.Provider.ToString(),
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Bus:Transport"] = nameof(BusTransport.InMemory),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        // Keep in step with services/AllInOne/Program.cs.
        builder.AddServiceDefaults("all-in-one");
        builder.Services.AddIngestion().AddTagging().AddPrioritization().AddReview().AddPortal();
        builder.Services.AddServiceBus(builder.Configuration, bus =>
        {
            bus.AddIngestionConsumers();
            if (pipeline)
            {
                bus.AddTaggingConsumers();
                bus.AddPrioritizationConsumers();
                bus.AddReviewConsumers();
            }
        });
        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapIngestion();
        app.MapPrioritization();
        app.MapPortal();
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmbeddedHost(app, contentRoot, new Uri(address), storage);
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            try
            {
                await _app.StopAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                // A pipeline backlog was still queued in memory (api and import runs do not wait for it): dropped with the database.
            }
        }

        await _app.DisposeAsync();
        _contentRoot.Delete(recursive: true);
    }
}
