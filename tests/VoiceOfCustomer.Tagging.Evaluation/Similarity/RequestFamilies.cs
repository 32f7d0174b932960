namespace VoiceOfCustomer.Tagging.Evaluation.Similarity;

/// <summary>
/// Generated feature requests whose membership is known: a family is one (action, object, context, qualifier)
/// intent, 15 x 40 x 20 x 10 = 120,000 of them, each slot with three interchangeable wordings. A request's text is its
/// title in the first wordings plus one member item in the second; a new item asking the same thing picks wordings
/// and a sentence template at random. Neighbouring families differ in one slot only, so this is a hard set for
/// ranking, and written here, not by customers: the demo data measurement is to come.
/// </summary>
internal sealed class RequestFamilies(int seed)
{
    private static readonly string[][] Actions =
    [
        ["export", "download", "extract"], ["filter", "narrow down", "refine"], ["schedule", "automate", "plan"],
        ["share", "send", "forward"], ["bulk edit", "edit in bulk", "mass update"], ["archive", "hide", "put away"],
        ["sync", "synchronize", "keep in sync"], ["import", "upload", "bring in"], ["duplicate", "copy", "clone"],
        ["restrict access to", "limit who can see", "lock down"], ["search", "find", "look up"], ["tag", "label", "categorize"],
        ["comment on", "annotate", "add notes to"], ["approve", "sign off", "validate"], ["get alerts for", "be notified about", "receive notifications for"],
    ];

    private static readonly string[][] Objects =
    [
        ["invoices", "bills", "invoice documents"], ["dashboards", "dashboard views", "boards"], ["reports", "report pages", "analytics reports"],
        ["contacts", "customer contacts", "people records"], ["deals", "opportunities", "sales deals"], ["tickets", "support tickets", "cases"],
        ["tasks", "to-dos", "action items"], ["projects", "workspaces", "project spaces"], ["users", "team members", "accounts"],
        ["orders", "purchase orders", "customer orders"], ["products", "catalog items", "SKUs"], ["campaigns", "marketing campaigns", "email campaigns"],
        ["forms", "survey forms", "web forms"], ["documents", "files", "attachments"], ["contracts", "agreements", "signed contracts"],
        ["expenses", "expense reports", "spend entries"], ["timesheets", "time entries", "logged hours"], ["leads", "prospects", "inbound leads"],
        ["calendar events", "meetings", "appointments"], ["comments", "notes", "remarks"], ["audit logs", "activity logs", "change history"],
        ["subscriptions", "plans", "billing plans"], ["payments", "transactions", "charges"], ["webhooks", "event hooks", "callbacks"],
        ["API keys", "access tokens", "API credentials"], ["roles", "permission sets", "access roles"], ["teams", "groups", "departments"],
        ["charts", "graphs", "visualizations"], ["KPIs", "metrics", "key figures"], ["templates", "presets", "layouts"],
        ["custom fields", "extra fields", "user-defined fields"], ["pipelines", "sales stages", "funnels"], ["inventory", "stock levels", "warehouse stock"],
        ["shipments", "deliveries", "parcels"], ["vendors", "suppliers", "partners"], ["budgets", "spending limits", "cost budgets"],
        ["goals", "objectives", "OKRs"], ["surveys", "questionnaires", "polls"], ["chat transcripts", "conversations", "chat logs"],
        ["knowledge base articles", "help articles", "FAQ pages"],
    ];

    private static readonly string[][] Contexts =
    [
        ["to PDF", "as PDF", "in PDF format"], ["to Excel", "as an XLSX file", "into a spreadsheet"], ["from the mobile app", "on mobile", "on the phone app"],
        ["via the API", "through the API", "with the REST API"], ["in Salesforce", "with Salesforce", "from our Salesforce org"],
        ["in Slack", "through Slack", "from a Slack channel"], ["for a date range", "between two dates", "by period"],
        ["per team", "for each team", "by team"], ["across workspaces", "between workspaces", "over all workspaces"],
        ["from the list view", "in the table view", "from the grid"], ["in HubSpot", "with HubSpot", "from HubSpot"],
        ["by customer", "per client", "for each customer"], ["in Google Sheets", "to a Google spreadsheet", "with Sheets"],
        ["on the dashboard", "from the home screen", "on the main page"], ["by region", "per country", "for each region"],
        ["in Jira", "with Jira", "from Jira issues"], ["by status", "per stage", "by state"], ["in bulk from CSV", "from a CSV file", "using a CSV upload"],
        ["for archived items", "for old records", "for closed items"], ["in our SSO setup", "with single sign-on", "through Okta"],
    ];

    private static readonly string[][] Qualifiers =
    [
        ["", "", ""], ["every week", "weekly", "each week"], ["for admins only", "only for administrators", "restricted to admins"],
        ["automatically", "without manual steps", "on its own"], ["with custom columns", "choosing the columns", "with the fields we pick"],
        ["without leaving the page", "in place", "inline"], ["in real time", "instantly", "live"], ["every month", "monthly", "once a month"],
        ["with one click", "in a single click", "quickly"], ["with an approval step", "after approval", "once approved"],
    ];

    private static readonly string[] ItemTemplates =
    [
        "We need to {a} {o} {c} {q}.", "Please let us {a} {o} {c} {q}", "Can we {a} {o} {c} {q}?", "It would really help to {a} {o} {c} {q}",
        "Our team wants to {a} {o} {c} {q} - currently impossible", "Is there a way to {a} {o} {c} {q}?", "Feature request: {a} {o} {c} {q}",
    ];

    private readonly Random random = new(seed);

    public static int Count => Actions.Length * Objects.Length * Contexts.Length * Qualifiers.Length;

    /// <summary>The indexed text of a family's request: its title and one member item.</summary>
    public static string RequestText(int family)
    {
        var (a, o, c, q) = Slots(family);
        var title = Squash($"{Capitalized(a[0])} {o[0]} {c[0]} {q[0]}");
        var item = Squash($"Hi, we would like to {a[1]} our {o[1]} {c[1]} {q[1]}.");
        return $"{title}. {item}";
    }

    /// <summary>A new item asking for the family's intent in randomly chosen wordings and template.</summary>
    public string NewItem(int family)
    {
        var (a, o, c, q) = Slots(family);
        var template = ItemTemplates[random.Next(ItemTemplates.Length)];
        return Squash(template
            .Replace("{a}", Pick(a), StringComparison.Ordinal).Replace("{o}", Pick(o), StringComparison.Ordinal)
            .Replace("{c}", Pick(c), StringComparison.Ordinal).Replace("{q}", Pick(q), StringComparison.Ordinal));
    }

    /// <summary>count distinct families drawn at random (the requests of an index of that size).</summary>
    public List<int> Sample(int count) => [.. Enumerable.Range(0, Count).OrderBy(_ => random.Next()).Take(count)];

    private string Pick(string[] wordings) => wordings[random.Next(wordings.Length)];

    private static (string[] A, string[] O, string[] C, string[] Q) Slots(int family)
    {
        var q = family % Qualifiers.Length;
        var c = family / Qualifiers.Length % Contexts.Length;
        var o = family / (Qualifiers.Length * Contexts.Length) % Objects.Length;
        var a = family / (Qualifiers.Length * Contexts.Length * Objects.Length);
        return (Actions[a], Objects[o], Contexts[c], Qualifiers[q]);
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Squash(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" .", ".", StringComparison.Ordinal).Replace(" ?", "?", StringComparison.Ordinal);
}
