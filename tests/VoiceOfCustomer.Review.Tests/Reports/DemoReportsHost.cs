extern alias AllInOne;

using System.Net.Http.Json;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Review.Features.Reports;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Review.Tests.Reports;

/// <summary>
/// The all-in-one host with the demo seeded (300 accounts, 3,000 items, csm.bob's skewed triage), reports
/// recomputed every 200 ms, and an auditor's API client. Started once for the folder's tests: seeding takes a while.
/// </summary>
internal sealed class DemoReportsHost : AllInOneFactory<AllInOne::Program>
{
    /// <summary>The demo decides about all but the newest sixth of its items.</summary>
    public const int DemoDecisions = 2_500;

    private readonly string _folder;

    private DemoReportsHost(string folder)
        : base(new Dictionary<string, string>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:UsersFile"] = Path.Combine(folder, "demo-users.json"),
            ["Review:RecomputeEvery"] = "00:00:00.200",
            ["Review:PollEvery"] = "00:00:01",
        }) => _folder = folder;

    public HttpClient Auditor { get; private set; } = null!;

    public static DemoReportsHost Start()
    {
        var folder = Directory.CreateTempSubdirectory("voc-demo-reports-").FullName;
        var host = new DemoReportsHost(folder);
        host.Build();
        host.Auditor = host.CreateDefaultClient();
        host.Auditor.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(host.Services, Roles.Auditor));
        return host;
    }

    /// <summary>Waits until the reports count every demo decision, then returns the report at <paramref name="path"/>.</summary>
    public async Task<ReportEndpoints.Report<T>> SettledAsync<T>(string path) => await Eventually.Until(
        async () =>
        {
            var response = await Auditor.GetAsync(new Uri(path, UriKind.Relative));
            return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<ReportEndpoints.Report<T>>())! : null;
        },
        report => report is { Items: >= DemoDecisions }, TimeSpan.FromMinutes(6), $"every demo decision counted in {path}")
        ?? throw new InvalidOperationException("unreachable");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
