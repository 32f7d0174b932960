using Dapper;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>The review queue (holds and samples, open ones first, oldest first) and the figures of its summary.</summary>
public sealed class HoldReads(Database database)
{
    private const string Open = $"SELECT {HoldView.Columns} FROM {HoldView.From} WHERE d.hold_id IS NULL AND w.hold_id IS NULL ORDER BY h.held_at, h.hold_id";
    private const string Resolved = $"SELECT {HoldView.Columns} FROM {HoldView.From} WHERE d.hold_id IS NOT NULL OR w.hold_id IS NOT NULL ORDER BY COALESCE(d.decided_at, w.withdrawn_at) DESC, h.hold_id";
    private const string One = $"SELECT {HoldView.Columns} FROM {HoldView.From} WHERE h.hold_id = @HoldId";
    private const string Accounts = $"SELECT {AccountSegments.Columns} FROM review_accounts WHERE account_id = @AccountId";

    private const string Counts = """
        SELECT h.kind AS Kind,
            COUNT(*) AS Total,
            SUM(CASE WHEN d.hold_id IS NULL AND w.hold_id IS NULL THEN 1 ELSE 0 END) AS Open,
            SUM(CASE WHEN w.hold_id IS NOT NULL THEN 1 ELSE 0 END) AS Withdrawn,
            SUM(CASE WHEN d.reinstated = @Yes THEN 1 ELSE 0 END) AS Reinstated,
            SUM(CASE WHEN d.reinstated = @No THEN 1 ELSE 0 END) AS Confirmed
        FROM review_holds h LEFT JOIN review_dispositions d ON d.hold_id = h.hold_id LEFT JOIN review_withdrawals w ON w.hold_id = h.hold_id
        GROUP BY h.kind
        """;

    private readonly string _open = Limited(database, Open);
    private readonly string _resolved = Limited(database, Resolved);

    /// <summary>Open items (oldest first) or resolved ones (newest disposition first), up to <paramref name="limit"/>, with their accounts' segments.</summary>
    public async Task<IReadOnlyList<HoldView>> ListAsync(bool resolved, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var holds = (await connection.QueryAsync<HoldView>(new CommandDefinition(resolved ? _resolved : _open, new { Limit = limit }, cancellationToken: cancellationToken))).ToList();
        var segments = new Dictionary<string, AccountSegments>(StringComparer.Ordinal);
        foreach (var accountId in holds.Select(hold => hold.AccountId).Distinct(StringComparer.Ordinal))
        {
            var row = await connection.QuerySingleOrDefaultAsync<AccountSegments.Row>(new CommandDefinition(Accounts, new { AccountId = accountId }, cancellationToken: cancellationToken));
            segments[accountId] = row is null ? AccountSegments.None : AccountSegments.Of(row);
        }

        // Personal data masked: a reviewer judges what was asked, and needs no email, phone or card to do it.
        return [.. holds.Select(hold => hold with { Segments = segments[hold.AccountId].Values, Text = hold.Text is { } text ? PersonalDataDetector.Mask(text) : null })];
    }

    public async Task<HoldView?> GetAsync(UnitOfWork work, Guid holdId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return await work.QuerySingleOrDefaultAsync<HoldView>(One, new { HoldId = holdId }, cancellationToken);
    }

    /// <summary>Per kind: how many, how many open, reinstated and confirmed.</summary>
    public async Task<IReadOnlyList<HoldCounts>> CountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<HoldCounts>(new CommandDefinition(Counts, new { Yes = true, No = false }, cancellationToken: cancellationToken))];
    }

    private static string Limited(Database database, string select) => database.Pick(
        sqlite: $"{select} LIMIT @Limit",
        postgreSql: $"{select} LIMIT @Limit",
        sqlServer: select.Replace("SELECT ", "SELECT TOP (@Limit) ", StringComparison.Ordinal));
}

/// <summary>The review queue's figures for one kind (held or sampled).</summary>
public sealed record HoldCounts
{
    public string Kind { get; init; } = "";

    public long Total { get; init; }

    public long Open { get; init; }

    public long Reinstated { get; init; }

    public long Confirmed { get; init; }

    /// <summary>Holds the CSM took back with a later decision: nothing left to review, not counted in the miss rate.</summary>
    public long Withdrawn { get; init; }
}
