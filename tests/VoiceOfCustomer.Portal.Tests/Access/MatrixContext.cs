using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Portal.Features.ApiKeys;
using VoiceOfCustomer.Prioritization.Features.Requests;
using VoiceOfCustomer.Portal.Features.Users;
using VoiceOfCustomer.Portal.Tests.Support;

namespace VoiceOfCustomer.Portal.Tests.Access;

/// <summary>What the matrix's requests refer to: an item, an account, an import, a user and fresh names and keys.</summary>
public sealed class MatrixContext(PortalHost host)
{
    private int _counter;

    public PortalHost Host { get; } = host;

    public Guid FeedbackId { get; set; }

    public Guid ImportId { get; set; }

    public Guid RequestId { get; set; }

    public const string AccountId = "acme";

    public const string TargetUser = "target.user";

    /// <summary>Who sends the request: forms carry this caller's anti-forgery token (pages refuse forms without one).</summary>
    public HttpClient? Caller { get; set; }

    /// <summary>A fresh key of the target user, to be revoked.</summary>
    public async Task<Guid> TargetKeyIdAsync()
    {
        var user = await Host.Services.GetRequiredService<UserAccounts>().FindAsync(TargetUser, CancellationToken.None);
        var issued = await Host.Services.GetRequiredService<ApiKeys>().IssueAsync(user!, Next("to revoke "), "tests", CancellationToken.None);
        return issued.Row.KeyId;
    }

    /// <summary>A new, empty request (straight into Prioritization's tables), to be merged into <see cref="RequestId"/>.</summary>
    public async Task<Guid> NewRequestAsync()
    {
        await using var work = await Host.Services.GetRequiredService<Database>().BeginAsync(CancellationToken.None);
        var requestId = await RequestStore.CreateAsync(work, Next("To merge "), "tests", DateTimeOffset.UtcNow, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return requestId;
    }

    /// <summary>A notification of the CSM user (straight into Prioritization's table), to be marked read.</summary>
    public async Task<Guid> NotificationIdAsync()
    {
        var notificationId = Guid.NewGuid();
        await using var work = await Host.Services.GetRequiredService<Database>().BeginAsync(CancellationToken.None);
        await work.ExecuteAsync(
            "INSERT INTO prioritization_notifications (notification_id, csm_id, request_id, message, created_at, read_at) " +
            "VALUES (@NotificationId, @CsmId, @RequestId, 'Planned.', @CreatedAt, NULL)",
            new { NotificationId = notificationId, CsmId = PortalHost.UserOf(Roles.Csm), RequestId, CreatedAt = DateTimeOffset.UtcNow }, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return notificationId;
    }

    public string Next(string prefix) => $"{prefix}{Interlocked.Increment(ref _counter)}";

    private static async Task<string?> TokenAsync(HttpClient caller, string page)
    {
        try
        {
            return await PortalHost.AntiforgeryTokenAsync(caller, page);
        }
        catch (Exception error) when (error is HttpRequestException or AssertionException)
        {
            return null;
        }
    }

    public static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    public static HttpRequestMessage Send(HttpMethod method, string path, object body) =>
        new(method, path) { Content = JsonContent.Create(body) };

    public static HttpRequestMessage Csv(string path, string csv) =>
        new(HttpMethod.Post, path) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };

    public async Task<HttpRequestMessage> FormAsync(string page, IDictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields);
        // The token of the form on the page, else of the sign-out form every signed-in page carries. A caller who may
        // open neither has none: the POST must then be refused before the token matters.
        foreach (var source in new[] { page, "/status/404" })
        {
            if (Caller is not null && await TokenAsync(Caller, source) is { } token)
            {
                form["__RequestVerificationToken"] = token;
                break;
            }
        }

        return new HttpRequestMessage(HttpMethod.Post, page) { Content = new FormUrlEncodedContent(form) };
    }
}
