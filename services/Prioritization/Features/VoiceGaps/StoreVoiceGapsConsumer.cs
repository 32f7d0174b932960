using Dapper;
using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Requests;

namespace VoiceOfCustomer.Prioritization.Features.VoiceGaps;

/// <summary>
/// Stores the reviewer's current voice gaps (prioritization_voice_gaps, replaced whole unless the stored set is newer)
/// and scores again every open request behind an account of a segment that gained, lost or changed a gap.
/// </summary>
public sealed class StoreVoiceGapsConsumer(Database database, RequestScores scores, TimeProvider clock) : IConsumer<VoiceGapsChanged>
{
    private const string Stored = "SELECT attribute AS Attribute, value AS Value, ratio AS Ratio, changed_at AS ChangedAt FROM prioritization_voice_gaps";

    private const string Clear = "DELETE FROM prioritization_voice_gaps";

    private const string Insert = "INSERT INTO prioritization_voice_gaps (attribute, value, ratio, changed_at) VALUES (@Attribute, @Value, @Ratio, @ChangedAt)";

    public async Task Consume(ConsumeContext<VoiceGapsChanged> context)
    {
        var m = context.Message;
        var token = context.CancellationToken;
        List<GapRow> before;
        await using (var work = await database.BeginAsync(token))
        {
            before = [.. await work.QueryAsync<GapRow>(Stored, null, token)];
            if (before.Count > 0 && before[0].ChangedAt > m.ChangedAt)
            {
                return; // a newer set is stored: this one arrived late
            }

            await work.ExecuteAsync(Clear, null, token);
            await work.ExecuteManyAsync(Insert, [.. m.Segments.Select(s => new { s.Attribute, s.Value, s.Ratio, m.ChangedAt })], token);
            await work.CommitAsync(token);
        }

        var changed = before.Select(b => new SegmentVoiceGap(b.Attribute, b.Value, b.Ratio))
            .Concat(m.Segments).GroupBy(s => (s.Attribute, s.Value)).Where(g => g.Select(s => s.Ratio).Distinct().Count() != 1 || g.Count() == 1)
            .Select(g => g.Key).ToList();
        var accounts = new HashSet<string>(StringComparer.Ordinal);
        await using (var connection = await database.OpenAsync(token))
        {
            foreach (var (attribute, value) in changed)
            {
                if (VoiceGapAccounts.QueryFor(attribute) is { } sql)
                {
                    accounts.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(sql, new { Value = value }, cancellationToken: token)));
                }
            }
        }

        await scores.RescoreAccountsAsync(accounts, clock.GetUtcNow(), token);
    }

    private sealed record GapRow
    {
        public string Attribute { get; init; } = "";

        public string Value { get; init; } = "";

        public double Ratio { get; init; }

        public DateTimeOffset ChangedAt { get; init; }
    }
}
