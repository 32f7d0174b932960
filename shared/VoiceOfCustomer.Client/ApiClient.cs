using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;

namespace VoiceOfCustomer.Client;

/// <summary>Calls the VoiceOfCustomer HTTP API. One instance per command run.</summary>
public sealed partial class ApiClient : IDisposable
{
    private const int UploadBufferSize = 81_920;

    private readonly HttpClient http;

    public ApiClient(Uri baseAddress)
        : this(baseAddress, new SocketsHttpHandler(), disposeHandler: true)
    {
    }

    /// <summary>Uses <paramref name="handler"/> for every request (tests pass a fake); the caller keeps ownership of it.</summary>
    public ApiClient(Uri baseAddress, HttpMessageHandler handler)
        : this(baseAddress, handler, disposeHandler: false)
    {
    }

    private ApiClient(Uri baseAddress, HttpMessageHandler handler, bool disposeHandler)
    {
        http = new HttpClient(handler, disposeHandler)
        {
            BaseAddress = WithTrailingSlash(baseAddress),
            // The server processes an import while it arrives: a 200 MB file takes minutes, not the default 100 s.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public Uri BaseAddress => http.BaseAddress!;

    /// <summary>Every request carries this API key (X-Api-Key).</summary>
    public void UseApiKey(string key) => http.DefaultRequestHeaders.Add("X-Api-Key", key);

    /// <summary>Every request carries this Cookie header: the portal calls the API as the signed-in user.</summary>
    public void ForwardCookies(string cookieHeader) => http.DefaultRequestHeaders.Add("Cookie", cookieHeader);

    public async Task<SubmittedFeedback> SubmitFeedbackAsync(FeedbackDraft draft, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/feedback", draft, ApiJson.Options, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        return await ApiResponses.ReadJsonAsync<SubmittedFeedback>(response, cancellationToken);
    }

    /// <summary>The item, or null when there is none with this id.</summary>
    public Task<FeedbackItem?> GetFeedbackAsync(Guid feedbackId, CancellationToken cancellationToken) =>
        GetOrNullAsync<FeedbackItem>($"api/feedback/{feedbackId}", cancellationToken);

    public Task<FeedbackPage> ListFeedbackAsync(FeedbackFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return GetAsync<FeedbackPage>(
            "api/feedback" + Query(("accountId", filter.AccountId), ("csmId", filter.CsmId), ("stage", filter.Stage), ("cursor", filter.Cursor), ("limit", filter.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            cancellationToken);
    }

    public Task<AccountPage> SearchAccountsAsync(string? search, int limit, CancellationToken cancellationToken) =>
        GetAsync<AccountPage>("api/accounts" + Query(("search", search), ("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))), cancellationToken);

    public Task<IReadOnlyList<TriageInboxItem>> TriageInboxAsync(CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyList<TriageInboxItem>>("api/triage/inbox", cancellationToken);

    public async Task<Decision> DecideAsync(Guid feedbackId, TriageDecision decision, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"api/triage/{feedbackId}/decisions", decision, ApiJson.Options, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        return await ApiResponses.ReadJsonAsync<Decision>(response, cancellationToken);
    }

    public Task<IReadOnlyList<Decision>> DecisionsAsync(Guid feedbackId, CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyList<Decision>>($"api/triage/{feedbackId}/decisions", cancellationToken);

    public Task<QueuedRequestPage> QueueAsync(QueueFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return GetAsync<QueuedRequestPage>(
            "api/requests" + Query(("status", filter.Status), ("search", filter.Search), ("region", filter.Region), ("plan", filter.Plan),
                ("segment", filter.Segment), ("area", filter.Area), ("theme", filter.Theme), ("compare", filter.CompareRevenue ? "revenue" : null), ("cursor", filter.Cursor), ("limit", filter.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            cancellationToken);
    }

    /// <summary>A request with its breakdown, or null when there is none with this id.</summary>
    public Task<RequestDetail?> GetRequestAsync(Guid requestId, CancellationToken cancellationToken) =>
        GetOrNullAsync<RequestDetail>($"api/requests/{requestId}", cancellationToken);

    /// <summary>Renames a request and/or sets its status (PATCH /api/requests/{id}).</summary>
    public async Task ChangeRequestAsync(Guid requestId, string? title, string? status, string? statusReason, CancellationToken cancellationToken)
    {
        using var response = await http.PatchAsJsonAsync($"api/requests/{requestId}", new { title, status, statusReason }, ApiJson.Options, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
    }

    public async Task MergeRequestAsync(Guid requestId, Guid? into, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"api/requests/{requestId}/merge", new { into }, ApiJson.Options, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
    }

    public Task<IReadOnlyList<Notification>> NotificationsAsync(CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyList<Notification>>("api/notifications", cancellationToken);

    public async Task MarkNotificationReadAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync($"api/notifications/{notificationId}/read", null, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
    }

    /// <summary>The values a queue filter can take now (area, theme or a segment name), most requests first.</summary>
    public Task<IReadOnlyList<QueueFacetValue>> QueueFacetValuesAsync(string facet, CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyList<QueueFacetValue>>($"api/requests/facets/{Uri.EscapeDataString(facet)}", cancellationToken);

    /// <summary>Copies the queue's CSV export (GET /api/requests/export) to <paramref name="destination"/> as it arrives.</summary>
    public async Task CopyQueueExportAsync(Stream destination, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("api/requests/export", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        await response.Content.CopyToAsync(destination, cancellationToken);
    }

    /// <summary>An import's progress and first errors, or null when there is none with this id.</summary>
    public Task<ImportResult?> GetImportAsync(Guid jobId, CancellationToken cancellationToken) =>
        GetOrNullAsync<ImportResult>($"api/imports/{jobId}", cancellationToken);

    /// <summary>Streams <paramref name="csv"/> to the server, reporting bytes sent, and returns the import's outcome.</summary>
    public Task<ImportResult> ImportAsync(
        ImportKind kind, Stream csv, string fileName, IProgress<long> bytesSent, CancellationToken cancellationToken) =>
        ImportAsync(kind, csv, fileName, jobId: null, bytesSent, cancellationToken);

    /// <summary>As above, with the job id chosen by the caller so the import's progress can be followed while it runs.</summary>
    public async Task<ImportResult> ImportAsync(
        ImportKind kind, Stream csv, string fileName, Guid? jobId, IProgress<long> bytesSent, CancellationToken cancellationToken)
    {
        using var content = new StreamContent(new ProgressReportingStream(csv, bytesSent), UploadBufferSize);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Headers.ContentLength = csv.Length;
        var path = $"api/imports/{kind.Name}?fileName={Uri.EscapeDataString(fileName)}" + (jobId is { } id ? $"&jobId={id}" : "");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        // Lets the server refuse the request (413, 415, 422) before the whole file is sent.
        request.Headers.ExpectContinue = true;

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        return await ApiResponses.ReadJsonAsync<ImportResult>(response, cancellationToken);
    }

    /// <summary>Streams every row error of an import; the list can be as long as the file.</summary>
    public async IAsyncEnumerable<ImportRowError> GetImportErrorsAsync(
        string errorsUrl, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Resolve(errorsUrl), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        var errors = response.Content.ReadFromJsonAsAsyncEnumerable<ImportRowError>(ApiJson.Options, cancellationToken);
        await using var enumerator = errors.GetAsyncEnumerator(cancellationToken);
        while (await ApiResponses.MoveNextAsync(enumerator))
        {
            if (enumerator.Current is { } error)
            {
                yield return error;
            }
        }
    }

    /// <summary>Resolves a URL the server returned (such as errorsUrl) against the API's base address.</summary>
    public Uri Resolve(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute
            : new Uri(BaseAddress, url.TrimStart('/'));

    public void Dispose() => http.Dispose();

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        return await ApiResponses.ReadJsonAsync<T>(response, cancellationToken);
    }

    private async Task<T?> GetOrNullAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await http.GetAsync(path, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        await ApiResponses.ThrowIfProblemAsync(response, cancellationToken);
        return await ApiResponses.ReadJsonAsync<T>(response, cancellationToken);
    }

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!.Trim())}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }

    // Without the slash, a base such as http://host/voc would lose its /voc when paths are appended.
    private static Uri WithTrailingSlash(Uri address) =>
        address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
