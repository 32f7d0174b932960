using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Audit;

namespace VoiceOfCustomer.Review.Features.Policy;

/// <summary>
/// The versioned list of policy-designated segments (review_policy_versions): the newest version is the policy;
/// a change appends a version and its audit record in one transaction, so neither exists without the other.
/// </summary>
public sealed class PolicyVersions(Database database, AuditLog audit, TimeProvider clock)
{
    private const string Columns = "version AS Version, segments AS Segments, changed_by AS ChangedBy, changed_at AS ChangedAt";

    private const string Newest = $"SELECT {Columns} FROM review_policy_versions WHERE version = (SELECT MAX(version) FROM review_policy_versions)";

    private const string All = $"SELECT {Columns} FROM review_policy_versions ORDER BY version DESC";

    private const string Insert = """
        INSERT INTO review_policy_versions (version, segments, changed_by, changed_at)
        VALUES (@Version, @Segments, @ChangedBy, @ChangedAt)
        """;

    /// <summary>The policy in force: the newest version, or version 0 with no segments when none was ever set.</summary>
    public async Task<PolicyVersion> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Newest, cancellationToken: cancellationToken));
        return row?.ToVersion() ?? new PolicyVersion(0, [], "", DateTimeOffset.MinValue);
    }

    /// <summary>Every version, newest first.</summary>
    public async Task<IReadOnlyList<PolicyVersion>> HistoryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. (await connection.QueryAsync<Row>(new CommandDefinition(All, cancellationToken: cancellationToken))).Select(r => r.ToVersion())];
    }

    /// <summary>Appends a version holding exactly <paramref name="segments"/>, with its PolicyChanged audit record.</summary>
    public async Task<PolicyVersion> ChangeAsync(IReadOnlyList<PolicySegment> segments, string changedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var sorted = segments.Distinct().OrderBy(s => s.Attribute, StringComparer.Ordinal).ThenBy(s => s.Value, StringComparer.Ordinal).ToList();
        await using var work = await database.BeginAsync(cancellationToken);
        // Two admins saving at once: the version's primary key refuses the second, which then fails whole (audit record included).
        var version = await NextVersionAsync(work, cancellationToken);
        var changed = new PolicyVersion(version, sorted, changedBy, clock.GetUtcNow());
        var payload = new JsonObject
        {
            ["version"] = version,
            ["segments"] = new JsonArray([.. sorted.Select(s => (JsonNode)new JsonObject { ["attribute"] = s.Attribute, ["value"] = s.Value })]),
        };
        await audit.AppendAsync(work, new AuditEntry($"PolicyChanged:{version}", changedBy, "PolicyChanged", payload), cancellationToken);
        await work.ExecuteAsync(Insert, new { Version = version, Segments = JsonSerializer.Serialize(sorted), ChangedBy = changedBy, changed.ChangedAt }, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return changed;
    }

    private static async Task<int> NextVersionAsync(UnitOfWork work, CancellationToken cancellationToken) =>
        (await work.QuerySingleOrDefaultAsync<int?>("SELECT MAX(version) FROM review_policy_versions", null, cancellationToken) ?? 0) + 1;

    private sealed record Row
    {
        public int Version { get; init; }

        public string Segments { get; init; } = "[]";

        public string ChangedBy { get; init; } = "";

        public DateTimeOffset ChangedAt { get; init; }

        public PolicyVersion ToVersion() => new(Version, JsonSerializer.Deserialize<List<PolicySegment>>(Segments) ?? [], ChangedBy, ChangedAt);
    }
}
