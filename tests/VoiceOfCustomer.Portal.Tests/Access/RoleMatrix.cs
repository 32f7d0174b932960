using VoiceOfCustomer.Hosting.Access;
using static VoiceOfCustomer.Portal.Tests.Access.MatrixContext;

namespace VoiceOfCustomer.Portal.Tests.Access;

/// <summary>
/// Who may call what: every endpoint of the all-in-one host, with the roles allowed and a request that succeeds
/// for them. <see cref="When_every_endpoint_is_called_by_every_role"/> checks this table against the running
/// host, including that no endpoint is missing from it.
/// </summary>
public static class RoleMatrix
{
    private const string Anyone = "anyone";
    private static readonly string[] Everyone = [Anyone];
    private static readonly string[] Csm = [Roles.Csm];
    private static readonly string[] Pm = [Roles.Pm];
    private static readonly string[] Movers = [Roles.Pm, Roles.Csm];
    private static readonly string[] Auditor = [Roles.Auditor];
    private static readonly string[] Admin = [Roles.Admin];
    private static readonly string[] Readers = [Roles.Csm, Roles.Pm, Roles.Auditor];
    private static readonly string[] AllRoles = [.. Roles.All];
    private static readonly string[] Importers = [Roles.Csm, Roles.Admin];
    private static readonly string[] QueueReaders = [Roles.Pm, Roles.Auditor];
    private static readonly string[] RequestReaders = [Roles.Pm, Roles.Csm, Roles.Auditor];
    private static readonly string[] DecisionReaders = [Roles.Csm, Roles.Auditor];
    private static readonly string[] RescoreReaders = [Roles.Pm, Roles.Auditor, Roles.Admin];
    private static readonly string[] AuditReaders = [Roles.Auditor, Roles.Admin];
    private static readonly string[] OverallReportReaders = [Roles.Pm, Roles.Auditor, Roles.Admin];
    private static readonly string[] TagCorrectors = [Roles.Csm, Roles.Pm];
    private static readonly string[] TaxonomyReaders = [Roles.Admin, Roles.Auditor];
    private static readonly string[] AreaReaders = [Roles.Csm, Roles.Pm, Roles.Admin, Roles.Auditor];
    private static readonly int[] Ok = [200];
    private static readonly int[] Created = [201];
    private static readonly int[] Redirect = [302];

    public static IReadOnlyList<MatrixRow> Rows { get; } =
    [
        // Open to anyone
        new("GET", "/health/live", EndpointKind.Open, Everyone, _ => Task.FromResult(Get("/health/live")), Ok),
        new("GET", "/health/ready", EndpointKind.Open, Everyone, _ => Task.FromResult(Get("/health/ready")), Ok),
        new("GET", "/openapi/{documentName}.json", EndpointKind.Open, Everyone, _ => Task.FromResult(Get("/openapi/v1.json")), Ok),
        new("GET", "/assets/{name}", EndpointKind.Open, Everyone, _ => Task.FromResult(Get("/assets/site.css")), Ok),
        new("GET", "/", EndpointKind.Open, Everyone, _ => Task.FromResult(Get("/")), Redirect),
        new("GET", "/sign-in", EndpointKind.Open, Everyone, _ => Task.FromResult(Get("/sign-in")), [200, 302]),
        new("POST", "/sign-in", EndpointKind.Open, Everyone, c => c.FormAsync("/sign-in", new Dictionary<string, string> { ["UserName"] = "nobody", ["Password"] = "wrong password" }), [401]),
        new("GET", "/sign-out", EndpointKind.Open, Everyone, _ => Task.FromResult(Get("/sign-out")), Redirect),
        new("POST", "/sign-out", EndpointKind.Open, Everyone, c => Retarget(c.FormAsync("/sign-in", new Dictionary<string, string>()), "/sign-out"), Redirect),
        new("GET", "/status/{code:int}", EndpointKind.Open, Everyone, _ => Task.FromResult(Get("/status/404")), Ok),
        new("POST", "/status/{code:int}", EndpointKind.Open, Everyone, _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/status/404")), Ok),

        // Feedback (Ingestion API)
        new("POST", "/api/feedback/", EndpointKind.Api, Csm, c => Task.FromResult(Send(HttpMethod.Post, "/api/feedback", Feedback(c))), [202]),
        new("GET", "/api/feedback/{id:guid}", EndpointKind.Api, Readers, c => Task.FromResult(Get($"/api/feedback/{c.FeedbackId}")), Ok),
        new("GET", "/api/feedback/", EndpointKind.Api, Readers, _ => Task.FromResult(Get("/api/feedback")), Ok),

        // Accounts registry
        new("PUT", "/api/accounts/{accountId}", EndpointKind.Api, Admin, c => Task.FromResult(Send(HttpMethod.Put, $"/api/accounts/{AccountId}", Account())), [200, 201]),
        new("GET", "/api/accounts/{accountId}", EndpointKind.Api, AllRoles, c => Task.FromResult(Get($"/api/accounts/{AccountId}")), Ok),
        new("GET", "/api/accounts/", EndpointKind.Api, AllRoles, _ => Task.FromResult(Get("/api/accounts?search=ac")), Ok),

        // Imports
        new("POST", "/api/imports/feedback", EndpointKind.Api, Csm, c => Task.FromResult(Csv("/api/imports/feedback", FeedbackCsv(c))), Ok),
        new("POST", "/api/imports/accounts", EndpointKind.Api, Admin, _ => Task.FromResult(Csv("/api/imports/accounts", AccountsCsv)), Ok),
        new("GET", "/api/imports/{id:guid}", EndpointKind.Api, Importers, c => Task.FromResult(Get($"/api/imports/{c.ImportId}")), Ok),
        new("GET", "/api/imports/{id:guid}/errors", EndpointKind.Api, Importers, c => Task.FromResult(Get($"/api/imports/{c.ImportId}/errors")), Ok),

        // Triage and the queue (Prioritization API)
        new("GET", "/api/triage/inbox", EndpointKind.Api, Csm, _ => Task.FromResult(Get("/api/triage/inbox")), Ok),
        new("POST", "/api/triage/{feedbackId:guid}/decisions", EndpointKind.Api, Csm,
            c => Task.FromResult(Send(HttpMethod.Post, $"/api/triage/{c.FeedbackId}/decisions", new { action = "forward", newRequestTitle = c.Next("Export request ") })), Created),
        new("GET", "/api/triage/{feedbackId:guid}/decisions", EndpointKind.Api, DecisionReaders, c => Task.FromResult(Get($"/api/triage/{c.FeedbackId}/decisions")), Ok),
        new("GET", "/api/requests/", EndpointKind.Api, RequestReaders, _ => Task.FromResult(Get("/api/requests?compare=revenue")), Ok),
        new("GET", "/api/requests/rescore", EndpointKind.Api, RescoreReaders, _ => Task.FromResult(Get("/api/requests/rescore")), Ok),
        new("GET", "/api/requests/export", EndpointKind.Api, RequestReaders, _ => Task.FromResult(Get("/api/requests/export")), Ok),
        new("GET", "/api/requests/facets/{facet}", EndpointKind.Api, RequestReaders, _ => Task.FromResult(Get("/api/requests/facets/region")), Ok),
        new("GET", "/api/requests/{requestId:guid}", EndpointKind.Api, RequestReaders, c => Task.FromResult(Get($"/api/requests/{c.RequestId}")), Ok),
        new("PATCH", "/api/requests/{requestId:guid}", EndpointKind.Api, Pm,
            c => Task.FromResult(Send(HttpMethod.Patch, $"/api/requests/{c.RequestId}", new { title = c.Next("Renamed request "), status = "planned" })), [204]),
        new("POST", "/api/requests/{requestId:guid}/merge", EndpointKind.Api, Pm,
            async c => Send(HttpMethod.Post, $"/api/requests/{await c.NewRequestAsync()}/merge", new { into = c.RequestId }), [204]),
        // An item that is not in the request: past the role check, refused as 422 and nothing moves.
        new("POST", "/api/requests/{requestId:guid}/move", EndpointKind.Api, Movers,
            c => Task.FromResult(Send(HttpMethod.Post, $"/api/requests/{c.RequestId}/move", new { feedbackIds = new[] { Guid.NewGuid() }, newRequestTitle = "Split off" })), [422]),
        new("GET", "/api/notifications/", EndpointKind.Api, Csm, _ => Task.FromResult(Get("/api/notifications")), Ok),
        new("POST", "/api/notifications/{notificationId:guid}/read", EndpointKind.Api, Csm,
            async c => new HttpRequestMessage(HttpMethod.Post, $"/api/notifications/{await c.NotificationIdAsync()}/read"), [204]),

        // Tags and the taxonomy (Tagging API)
        new("GET", "/api/tags/{feedbackId:guid}", EndpointKind.Api, Readers, c => Task.FromResult(Get($"/api/tags/{c.FeedbackId}")), Ok),
        new("POST", "/api/tags/{feedbackId:guid}/corrections", EndpointKind.Api, TagCorrectors,
            c => Task.FromResult(Send(HttpMethod.Post, $"/api/tags/{c.FeedbackId}/corrections", new { sentiment = "negative" })), Created),
        new("GET", "/api/taxonomy/", EndpointKind.Api, TaxonomyReaders, _ => Task.FromResult(Get("/api/taxonomy")), Ok),
        new("PUT", "/api/taxonomy/", EndpointKind.Api, Admin, _ => Task.FromResult(Send(HttpMethod.Put, "/api/taxonomy", new { yaml = MatrixTaxonomy })), Created),
        new("GET", "/api/taxonomy/areas", EndpointKind.Api, AreaReaders, _ => Task.FromResult(Get("/api/taxonomy/areas")), Ok),
        new("GET", "/api/taxonomy/versions", EndpointKind.Api, TaxonomyReaders, _ => Task.FromResult(Get("/api/taxonomy/versions")), Ok),
        new("GET", "/api/taxonomy/versions/{version:int}", EndpointKind.Api, TaxonomyReaders, _ => Task.FromResult(Get("/api/taxonomy/versions/0")), Ok),

        // The audit log (Review API)
        new("GET", "/api/audit/", EndpointKind.Api, AuditReaders, _ => Task.FromResult(Get("/api/audit?limit=10")), Ok),
        new("GET", "/api/audit/verify", EndpointKind.Api, AuditReaders, _ => Task.FromResult(Get("/api/audit/verify")), Ok),
        new("GET", "/api/audit/checkpoints", EndpointKind.Api, AuditReaders, _ => Task.FromResult(Get("/api/audit/checkpoints")), Ok),

        // Holds and erasure (Review API); CSMs review too only when Review:SecondPerson is Csm (not the default)
        new("GET", "/api/review/holds/", EndpointKind.Api, Auditor, _ => Task.FromResult(Get("/api/review/holds")), Ok),
        new("GET", "/api/review/holds/summary", EndpointKind.Api, Auditor, _ => Task.FromResult(Get("/api/review/holds/summary")), Ok),
        new("POST", "/api/review/holds/{holdId:guid}/disposition", EndpointKind.Api, Auditor,
            _ => Task.FromResult(Send(HttpMethod.Post, $"/api/review/holds/{Guid.NewGuid()}/disposition", new { disposition = "confirm" })), [404]),
        new("POST", "/api/review/erasure", EndpointKind.Api, Admin, _ => Task.FromResult(Send(HttpMethod.Post, "/api/review/erasure", new { contactEmail = "nobody@example.com" })), [202]),

        // Disparity reports and the policy list (Review API); product managers read the overall figures too
        new("GET", "/api/review/disparity", EndpointKind.Api, OverallReportReaders, _ => Task.FromResult(Get("/api/review/disparity?action=suppress")), Ok),
        new("GET", "/api/review/disparity/csms", EndpointKind.Api, AuditReaders, _ => Task.FromResult(Get("/api/review/disparity/csms?format=csv")), Ok),
        new("GET", "/api/review/disparity/intersections", EndpointKind.Api, AuditReaders, _ => Task.FromResult(Get("/api/review/disparity/intersections")), Ok),
        new("GET", "/api/review/segments", EndpointKind.Api, AuditReaders, _ => Task.FromResult(Get("/api/review/segments")), Ok),
        new("GET", "/api/review/driven-by", EndpointKind.Api, OverallReportReaders, _ => Task.FromResult(Get("/api/review/driven-by")), Ok),
        new("GET", "/api/review/policy", EndpointKind.Api, AuditReaders, _ => Task.FromResult(Get("/api/review/policy")), Ok),
        new("PUT", "/api/review/policy", EndpointKind.Api, Admin,
            _ => Task.FromResult(Send(HttpMethod.Put, "/api/review/policy", new { segments = new[] { new { attribute = "language", value = "fr" } } })), Ok),

        // Users and API keys (Portal API)
        new("GET", "/api/users/", EndpointKind.Api, Admin, _ => Task.FromResult(Get("/api/users")), Ok),
        new("POST", "/api/users/", EndpointKind.Api, Admin, c => Task.FromResult(Send(HttpMethod.Post, "/api/users", new { userName = c.Next("new.user."), role = "pm", password = "a long enough password" })), Created),
        new("PATCH", "/api/users/{userName}", EndpointKind.Api, Admin, c => Task.FromResult(Send(HttpMethod.Patch, $"/api/users/{TargetUser}", new { displayName = c.Next("Target ") })), Ok),
        new("PUT", "/api/users/{userName}/password", EndpointKind.Api, Admin, c => Task.FromResult(Send(HttpMethod.Put, $"/api/users/{TargetUser}/password", new { password = c.Next("another long password ") })), [204]),
        new("GET", "/api/api-keys/", EndpointKind.Api, Admin, _ => Task.FromResult(Get("/api/api-keys")), Ok),
        new("POST", "/api/api-keys/", EndpointKind.Api, Admin, c => Task.FromResult(Send(HttpMethod.Post, "/api/api-keys", new { userName = TargetUser, name = c.Next("key ") })), Created),
        new("DELETE", "/api/api-keys/{keyId:guid}", EndpointKind.Api, Admin, async c => new HttpRequestMessage(HttpMethod.Delete, $"/api/api-keys/{await c.TargetKeyIdAsync()}"), Ok),

        // Pages
        new("GET", "/feedback", EndpointKind.Page, Readers, _ => Task.FromResult(Get("/feedback")), Ok),
        new("POST", "/feedback", EndpointKind.Page, Csm,
            async c => await c.FormAsync($"/feedback?handler=Read", new Dictionary<string, string> { ["notificationId"] = (await c.NotificationIdAsync()).ToString() }), Redirect),
        new("GET", "/feedback/new", EndpointKind.Page, Csm, _ => Task.FromResult(Get("/feedback/new")), Ok),
        new("POST", "/feedback/new", EndpointKind.Page, Csm, c => c.FormAsync("/feedback/new", new Dictionary<string, string> { ["AccountId"] = AccountId, ["Text"] = "Matrix", ["SourceChannel"] = "call" }), Redirect),
        new("GET", "/feedback/{id:guid}", EndpointKind.Page, Readers, c => Task.FromResult(Get($"/feedback/{c.FeedbackId}")), Ok),
        // Auditors read an item's tags but do not correct them: the page answers their POST 403.
        new("POST", "/feedback/{id:guid}", EndpointKind.Page, TagCorrectors,
            c => c.FormAsync($"/feedback/{c.FeedbackId}", new Dictionary<string, string> { ["Kinds"] = "problem_report" }), Redirect),
        new("GET", "/imports/new", EndpointKind.Page, Csm, _ => Task.FromResult(Get("/imports/new")), Ok),
        new("POST", "/imports/new", EndpointKind.Page, Csm, c => c.FormAsync("/imports/new", new Dictionary<string, string>()), [400]),
        new("GET", "/admin/accounts-import", EndpointKind.Page, Admin, _ => Task.FromResult(Get("/admin/accounts-import")), Ok),
        new("POST", "/admin/accounts-import", EndpointKind.Page, Admin, c => c.FormAsync("/admin/accounts-import", new Dictionary<string, string>()), [400]),
        new("GET", "/imports/{id:guid}", EndpointKind.Page, Importers, c => Task.FromResult(Get($"/imports/{c.ImportId}")), Ok),
        new("GET", "/triage", EndpointKind.Page, Csm, _ => Task.FromResult(Get("/triage")), Ok),
        new("GET", "/triage/{id:guid}", EndpointKind.Page, Csm, c => Task.FromResult(Get($"/triage/{c.FeedbackId}")), Ok),
        new("POST", "/triage/{id:guid}", EndpointKind.Page, Csm,
            c => c.FormAsync($"/triage/{c.FeedbackId}", new Dictionary<string, string> { ["Action"] = "forward", ["NewRequestTitle"] = c.Next("From the page ") }), Redirect),
        new("GET", "/queue", EndpointKind.Page, QueueReaders, _ => Task.FromResult(Get("/queue?compare=true")), Ok),
        new("GET", "/queue/{id:guid}", EndpointKind.Page, QueueReaders, c => Task.FromResult(Get($"/queue/{c.RequestId}")), Ok),
        new("POST", "/queue/{id:guid}", EndpointKind.Page, Pm,
            c => c.FormAsync($"/queue/{c.RequestId}?handler=Rename", new Dictionary<string, string> { ["Title"] = c.Next("Renamed on the page ") }), Redirect),
        new("GET", "/review", EndpointKind.Page, Auditor, _ => Task.FromResult(Get("/review")), Ok),
        new("GET", "/review/reports", EndpointKind.Page, Auditor, _ => Task.FromResult(Get("/review/reports?action=deprioritize")), Ok),
        new("GET", "/review/holds", EndpointKind.Page, Auditor, _ => Task.FromResult(Get("/review/holds")), Ok),
        new("POST", "/review/holds", EndpointKind.Page, Auditor,
            c => c.FormAsync("/review/holds", new Dictionary<string, string> { ["HoldId"] = Guid.NewGuid().ToString(), ["Disposition"] = "confirm" }), [404]),
        new("GET", "/admin/erasure", EndpointKind.Page, Admin, _ => Task.FromResult(Get("/admin/erasure")), Ok),
        new("POST", "/admin/erasure", EndpointKind.Page, Admin, c => c.FormAsync("/admin/erasure", new Dictionary<string, string> { ["ContactEmail"] = "nobody@example.com" }), Ok),
        new("GET", "/admin/taxonomy", EndpointKind.Page, Admin, _ => Task.FromResult(Get("/admin/taxonomy")), Ok),
        new("POST", "/admin/taxonomy", EndpointKind.Page, Admin, c => c.FormAsync("/admin/taxonomy", new Dictionary<string, string> { ["Yaml"] = MatrixTaxonomy }), Redirect),
        new("GET", "/admin/taxonomy/versions/{version:int}", EndpointKind.Page, Admin, _ => Task.FromResult(Get("/admin/taxonomy/versions/0")), Ok),
        new("GET", "/audit", EndpointKind.Page, AuditReaders, _ => Task.FromResult(Get("/audit?verify=true")), Ok),
        new("GET", "/admin/users", EndpointKind.Page, Admin, _ => Task.FromResult(Get("/admin/users")), Ok),
        new("POST", "/admin/users", EndpointKind.Page, Admin, c => c.FormAsync("/admin/users?handler=Create", new Dictionary<string, string> { ["NewUserName"] = c.Next("page.user."), ["NewRole"] = "csm", ["NewPassword"] = "a long enough password" }), Redirect),
        new("GET", "/admin/api-keys", EndpointKind.Page, Admin, _ => Task.FromResult(Get("/admin/api-keys")), Ok),
        new("POST", "/admin/api-keys", EndpointKind.Page, Admin, c => c.FormAsync("/admin/api-keys?handler=Issue", new Dictionary<string, string> { ["KeyUserName"] = TargetUser, ["KeyName"] = "from the page" }), Ok),
    ];

    /// <summary>A small valid taxonomy for the admin's PUT (the areas of the items logged by the matrix do not matter).</summary>
    public const string MatrixTaxonomy = "version: 2\nareas:\n  - id: reporting\n    name: Reporting\n    themes:\n      - id: exports\n        name: Exports\n        phrases:\n          en: [export*]\n";

    public const string AccountsCsv = "accountId,name,region,country,language,sizeBand,industry,planTier,arr\nacme,Acme Ltd,EMEA,FR,fr,51-200,Retail,pro,120000\n";

    private static object Feedback(MatrixContext context) => new
    {
        accountId = AccountId, text = "Exports time out on large reports.", sourceChannel = "call", csmImportance = 2, goalProximity = 0,
    };

    private static object Account() => new
    {
        name = "Acme Ltd", region = "EMEA", country = "FR", language = "fr", sizeBand = "51-200", industry = "Retail", planTier = "pro", arr = 120000,
    };

    private static string FeedbackCsv(MatrixContext context) =>
        $"accountId,text,sourceChannel,csmImportance,goalProximity,occurredAt\n{AccountId},Matrix import,call,1,0,2026-02-01T10:00:00Z\n";

    private static async Task<HttpRequestMessage> Retarget(Task<HttpRequestMessage> form, string path)
    {
        var request = await form;
        request.RequestUri = new Uri(path, UriKind.Relative);
        return request;
    }
}
