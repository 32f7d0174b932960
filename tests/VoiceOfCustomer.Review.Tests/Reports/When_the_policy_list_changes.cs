extern alias AllInOne;

using System.Net;
using System.Net.Http.Json;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Review.Features.Policy;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Review.Tests.Reports;

/// <summary>
/// The policy-designated segments: each PUT is a new version, earlier ones stay readable, and every version has its
/// PolicyChanged record in the audit log, naming who changed it.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class When_the_policy_list_changes
{
    private PolicyHost _host = null!;

    [OneTimeSetUp]
    public void Start() => _host = PolicyHost.Start();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task Each_change_is_a_version_with_its_audit_record()
    {
        using var first = await _host.Admin.PutAsJsonAsync("/api/review/policy", new { segments = new[] { new { attribute = "language", value = "fr" } } });
        using var second = await _host.Admin.PutAsJsonAsync("/api/review/policy",
            new { segments = new[] { new { attribute = "custom.accessibility_needs", value = " yes " }, new { attribute = "language", value = "de" } } });
        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));

        var view = await _host.Auditor.GetFromJsonAsync<PolicyEndpoints.PolicyView>("/api/review/policy");
        var audit = await _host.Auditor.GetStringAsync(new Uri("/api/audit?limit=100", UriKind.Relative));

        Assert.That(view!.Current.Segments, Is.EqualTo(new[] { new PolicySegment("custom.accessibility_needs", "yes"), new PolicySegment("language", "de") }));
        Assert.That(view.History.Select(v => v.Version), Does.Contain(view.Current.Version).And.Contain(view.Current.Version - 1));
        Assert.That(view.History.Single(v => v.Version == view.Current.Version - 1).Segments, Is.EqualTo(new[] { new PolicySegment("language", "fr") }));
        Assert.That(audit.Split("PolicyChanged").Length - 1, Is.EqualTo(2), "one PolicyChanged record per version");
        Assert.That(audit, Does.Contain("accessibility_needs"));
    }

    [Test]
    public async Task A_segment_without_a_value_is_refused_and_no_version_is_added()
    {
        var before = await _host.Auditor.GetFromJsonAsync<PolicyEndpoints.PolicyView>("/api/review/policy");

        using var refused = await _host.Admin.PutAsJsonAsync("/api/review/policy", new { segments = new[] { new { attribute = "language", value = "" } } });
        var after = await _host.Auditor.GetFromJsonAsync<PolicyEndpoints.PolicyView>("/api/review/policy");

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(after!.Current.Version, Is.EqualTo(before!.Current.Version));
    }

    [Test]
    public async Task An_auditor_cannot_change_it()
    {
        using var refused = await _host.Auditor.PutAsJsonAsync("/api/review/policy", new { segments = Array.Empty<object>() });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    /// <summary>The all-in-one host with an admin's and an auditor's API client.</summary>
    private sealed class PolicyHost() : AllInOneFactory<AllInOne::Program>(null)
    {
        public HttpClient Admin { get; private set; } = null!;

        public HttpClient Auditor { get; private set; } = null!;

        public static PolicyHost Start()
        {
            var host = new PolicyHost();
            host.Build();
            host.Admin = host.Client(Roles.Admin);
            host.Auditor = host.Client(Roles.Auditor);
            return host;
        }

        private HttpClient Client(string role)
        {
            var client = CreateDefaultClient();
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(Services, role));
            return client;
        }
    }
}
