using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Portal.Features.Api;

/// <summary>
/// The services' HTTP API as the signed-in user: one client per request that forwards the user's session
/// cookie, so the API applies the same roles to the pages as to any integration.
/// </summary>
public sealed class PortalApi(
    IHttpMessageHandlerFactory handlers, IHttpContextAccessor request, IOptions<PortalOptions> options, IServer server) : IDisposable
{
    public const string ClientName = "voc-api";

    private ApiClient? _ingestion;
    private ApiClient? _prioritization;
    private ApiClient? _review;
    private ApiClient? _tagging;

    /// <summary>Feedback, accounts, imports.</summary>
    public ApiClient Ingestion => _ingestion ??= Create(IngestionAddress());

    /// <summary>Triage and the queue.</summary>
    public ApiClient Prioritization => _prioritization ??= Create(options.Value.PrioritizationApi ?? ThisServer());

    /// <summary>The audit log.</summary>
    public ApiClient Review => _review ??= Create(options.Value.ReviewApi ?? ThisServer());

    /// <summary>Tags, corrections and the taxonomy.</summary>
    public ApiClient Tagging => _tagging ??= Create(options.Value.TaggingApi ?? ThisServer());

    /// <summary>The signed-in user's cookies, as forwarded to the API.</summary>
    public string Cookies => request.HttpContext?.Request.Headers.Cookie.ToString() ?? "";

    public void Dispose()
    {
        _ingestion?.Dispose();
        _prioritization?.Dispose();
        _review?.Dispose();
        _tagging?.Dispose();
    }

    public Uri IngestionAddress() => options.Value.IngestionApi ?? ThisServer();

    private ApiClient Create(Uri address)
    {
        var client = new ApiClient(address, handlers.CreateHandler(ClientName));
        if (request.HttpContext?.Request.Headers.Cookie.ToString() is { Length: > 0 } cookies)
        {
            client.ForwardCookies(cookies);
        }

        return client;
    }

    private Uri ThisServer()
    {
        // All-in-one: the API is served by this process; call it on the address this server listens on, over
        // loopback when it listens on every interface.
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Portal:IngestionApi, Portal:PrioritizationApi, Portal:ReviewApi or Portal:TaggingApi is not set and this server has no address to call itself on.");
        var listening = BindingAddress.Parse(address);
        var host = listening.Host is "+" or "*" or "0.0.0.0" or "[::]" ? "127.0.0.1" : listening.Host;
        return new UriBuilder(listening.Scheme, host, listening.Port).Uri;
    }
}
