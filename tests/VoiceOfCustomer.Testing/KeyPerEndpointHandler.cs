using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Testing;

/// <summary>
/// For tests about what an endpoint does rather than who may call it (the role matrix covers that): each
/// request carries a key of the role the endpoint is for. Admins write the accounts registry; CSMs do the rest.
/// </summary>
public sealed class KeyPerEndpointHandler(IServiceProvider services) : DelegatingHandler
{
    private readonly string _admin = TestKeys.For(services, Roles.Admin);
    private readonly string _csm = TestKeys.For(services, Roles.Csm);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri?.IsAbsoluteUri == true ? request.RequestUri.AbsolutePath : request.RequestUri?.OriginalString ?? "";
        var writesAccounts = request.Method != HttpMethod.Get
            && (path.StartsWith("/api/accounts", StringComparison.Ordinal) || path.StartsWith("/api/imports/accounts", StringComparison.Ordinal));
        request.Headers.Remove(ApiKeyAuthenticationHandler.HeaderName);
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, writesAccounts ? _admin : _csm);
        return base.SendAsync(request, cancellationToken);
    }
}
