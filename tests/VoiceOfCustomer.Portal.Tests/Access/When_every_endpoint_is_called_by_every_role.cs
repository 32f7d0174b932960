using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Users;
using VoiceOfCustomer.Portal.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Portal.Tests.Access;

/// <summary>
/// The role matrix: every endpoint and page of the all-in-one host against every role (signed in through the
/// form, and for the API also with an API key) and against no sign-in.
/// </summary>
[NonParallelizable]
public sealed class When_every_endpoint_is_called_by_every_role
{
    private PortalHost _host = null!;
    private MatrixContext _context = null!;
    private readonly Dictionary<string, HttpClient> _callers = new(StringComparer.Ordinal);

    public static IEnumerable<TestCaseData> Cases() =>
        from row in RoleMatrix.Rows
        from caller in Callers(row.Kind)
        select new TestCaseData(row, caller).SetName($"{row.Endpoint} ({row.Allowed[0]}{(row.Allowed.Count > 1 ? "+" : "")}) as {caller}");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await PortalHost.StartAsync();
        _context = new MatrixContext(_host);
        await _host.Services.GetRequiredService<UserAccounts>()
            .CreateAsync(new NewUser(MatrixContext.TargetUser, "Target", Roles.Csm, "target user password"), CancellationToken.None);
        foreach (var role in Roles.All)
        {
            _callers[$"{role} session"] = await _host.SignedInAsync(PortalHost.UserOf(role));
            _callers[$"{role} key"] = await _host.WithApiKeyAsync(role);
        }

        _callers["no sign-in"] = _host.Anonymous();
        var admin = _callers[$"{Roles.Admin} key"];
        var csm = _callers[$"{Roles.Csm} key"];
        using (var account = await admin.PutAsJsonAsync($"/api/accounts/{MatrixContext.AccountId}", new
        {
            name = "Acme Ltd", region = "EMEA", country = "FR", language = "fr", sizeBand = "51-200", industry = "Retail", planTier = "pro", arr = 120000,
        }))
        {
            account.EnsureSuccessStatusCode();
        }

        using (var submitted = await csm.PostAsJsonAsync("/api/feedback", new { accountId = MatrixContext.AccountId, text = "Set-up item", sourceChannel = "call", csmImportance = 1, goalProximity = 0 }))
        {
            _context.FeedbackId = (await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Accepted>())!.FeedbackId;
        }

        // Triage rows decide about this item: it must have reached the triage inbox.
        await Eventually.Until(() => csm.GetFromJsonAsync<ItemStage>($"/api/feedback/{_context.FeedbackId}"), item => item?.Stage == "watched",
            TimeSpan.FromSeconds(30), "the set-up item to reach triage");
        using (var forwarded = await csm.PostAsJsonAsync($"/api/triage/{_context.FeedbackId}/decisions", new { action = "forward", newRequestTitle = "Set-up request" }))
        {
            _context.RequestId = (await forwarded.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Forwarded>())!.RequestId!.Value;
        }

        using var import = await csm.PostAsync("/api/imports/feedback", new StringContent("accountId,text,sourceChannel,csmImportance,goalProximity,occurredAt\nacme,Set-up import,call,1,0,2026-02-01T10:00:00Z\n", System.Text.Encoding.UTF8, "text/csv"));
        _context.ImportId = (await import.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Imported>())!.JobId;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var caller in _callers.Values)
        {
            caller.Dispose();
        }

        await _host.DisposeAsync();
    }

    [TestCaseSource(nameof(Cases))]
    public async Task It_answers_as_the_matrix_says(MatrixRow row, string caller)
    {
        ArgumentNullException.ThrowIfNull(row);
        var client = _callers[caller];
        _context.Caller = client;
        using var request = await row.Request(_context);
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var role = caller.Split(' ')[0];
        var because = $"{row.Endpoint} as {caller}: {status} {await Excerpt(response)}";
        if (row.Endpoint == "POST /sign-out" && caller.EndsWith(" session", StringComparison.Ordinal))
        {
            // Signing out ended this caller's session: the rows after this one need it back.
            client.Dispose();
            _callers[caller] = await _host.SignedInAsync(PortalHost.UserOf(role));
        }

        if (row.Kind == EndpointKind.Open || row.Allowed.Contains(role))
        {
            Assert.That(row.Success, Does.Contain(status), because);
        }
        else if (caller == "no sign-in")
        {
            Assert.That(status, Is.EqualTo(row.Kind == EndpointKind.Api ? 401 : 302), because);
            if (row.Kind == EndpointKind.Page)
            {
                Assert.That(response.Headers.Location?.OriginalString, Does.Contain("/sign-in?ReturnUrl="), because);
            }
        }
        else
        {
            Assert.That(status, Is.EqualTo(403), because);
        }
    }

    [Test]
    public void It_has_a_row_for_every_endpoint_of_the_host()
    {
        var covered = RoleMatrix.Rows.Select(row => row.Endpoint).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = Endpoints().Where(endpoint => !covered.Contains(endpoint)).ToList();
        Assert.That(missing, Is.Empty, "endpoints the role matrix does not test");
    }

    [Test]
    public void It_finds_a_declaration_of_who_may_call_on_every_endpoint()
    {
        var undeclared = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(data => !string.IsNullOrEmpty(data.Roles)))
            .Select(endpoint => endpoint.RoutePattern.RawText)
            .ToList();
        Assert.That(undeclared, Is.Empty, "endpoints that name neither roles nor anonymous access");
    }

    private IEnumerable<string> Endpoints()
    {
        foreach (var endpoint in _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
            {
                foreach (var method in page.HandlerMethods.Select(handler => handler.HttpMethod.ToUpperInvariant()).Distinct())
                {
                    yield return $"{method} {route}";
                }
            }
            else
            {
                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                {
                    yield return $"{method} {route}";
                }
            }
        }
    }

    private static IEnumerable<string> Callers(EndpointKind kind) =>
        Roles.All.Select(role => $"{role} session")
            .Concat(kind == EndpointKind.Api ? Roles.All.Select(role => $"{role} key") : [])
            .Append("no sign-in");

    private static async Task<string> Excerpt(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 300 ? body[..300] : body;
    }

    private sealed record Accepted(Guid FeedbackId);

    private sealed record Imported(Guid JobId);

    private sealed record ItemStage(string Stage);

    private sealed record Forwarded(Guid? RequestId);
}
