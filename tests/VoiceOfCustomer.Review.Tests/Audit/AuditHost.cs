extern alias AllInOne;

using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Review.Features.Audit;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Review.Tests.Audit;

/// <summary>The all-in-one host (in-memory bus, fresh SQLite file, own key folder) and an auditor's API client.</summary>
internal sealed class AuditHost : AllInOneFactory<AllInOne::Program>
{
    private AuditHost()
        : base(null)
    {
    }

    public HttpClient Auditor { get; private set; } = null!;

    public static AuditHost Start()
    {
        var host = new AuditHost();
        host.Build();
        host.Auditor = host.CreateDefaultClient();
        host.Auditor.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(host.Services, Roles.Auditor));
        return host;
    }

    /// <summary>Waits until the log holds a record of <paramref name="type"/> that <paramref name="matches"/>, and returns every such record.</summary>
    public async Task<IReadOnlyList<AuditRecord>> RecordsOfAsync(string type, Func<AuditRecord, bool> matches, string what)
    {
        var reads = Services.GetRequiredService<AuditReads>();
        return await Eventually.Until(
            async () => (await reads.RecordsBeforeAsync(long.MaxValue, 500, CancellationToken.None)).Where(r => r.Type == type && matches(r)).ToList(),
            records => records.Count > 0, TimeSpan.FromSeconds(30), what);
    }

    public async Task<T> GetAsync<T>(string path) => (await Auditor.GetFromJsonAsync<T>(path))!;
}
