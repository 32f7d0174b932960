using Dapper;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Taggers.Similarity;

namespace VoiceOfCustomer.Tagging.Features.Similarity;

/// <summary>
/// The similar-request index of this instance: each request's document is the masked text of the items triaged into
/// it (tagging_request_members), built in memory from the tables on first use, then kept current from
/// <see cref="RequestChangeLog"/>: at once after this instance's own changes, and before items are tagged for what
/// other instances recorded (at most every Tagging:Similarity:CatchUpEvery). Each change is applied once.
/// </summary>
public sealed class SimilarRequestDocuments(Database database, IOptions<SimilarityOptions> options, TimeProvider clock) : IDisposable
{
    /// <summary>
    /// Changes are re-read this many sequence numbers back: a transaction that took its number before another but
    /// committed after it is still seen. Each change is applied once.
    /// </summary>
    private const long Window = 256;

    private const string AllMembers = """
        SELECT m.request_id AS RequestId, i.masked_text AS Text FROM tagging_request_members m
        JOIN tagging_items i ON i.feedback_id = m.feedback_id
        WHERE m.request_id IS NOT NULL ORDER BY m.request_id, m.decided_at
        """;

    private const string MembersOf = """
        SELECT i.masked_text FROM tagging_request_members m JOIN tagging_items i ON i.feedback_id = m.feedback_id
        WHERE m.request_id = @RequestId ORDER BY m.decided_at
        """;

    private const string Head = "SELECT MAX(seq) FROM tagging_request_changes";

    private const string Oldest = "SELECT MIN(seq) FROM tagging_request_changes";

    private const string Changes = "SELECT seq AS Seq, request_id AS RequestId FROM tagging_request_changes WHERE seq > @After ORDER BY seq";

    private readonly SimilarRequestIndex _index = new(new SimilarRequestIndexOptions { PrefillThreshold = options.Value.PrefillThreshold });
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly HashSet<Guid> _indexed = [];
    private readonly SortedSet<long> _applied = [];
    private long _seen;
    private DateTimeOffset _caughtUpAt;
    private volatile bool _loaded;

    /// <summary>The index itself, for <see cref="Taggers.FeedbackTagger"/> to query (it is safe for many readers).</summary>
    public SimilarRequestIndex Index => _index;

    /// <summary>Builds the index from the tables once, then catches up with other instances' changes when it is time.</summary>
    public Task EnsureCurrentAsync(CancellationToken cancellationToken) => CatchUpAsync(force: false, cancellationToken);

    /// <summary>Applies the changes this instance just committed to the change log (items joined or left requests), now.</summary>
    public Task ApplyOwnChangesAsync(CancellationToken cancellationToken) => CatchUpAsync(force: true, cancellationToken);

    public void Dispose()
    {
        _index.Dispose();
        _writing.Dispose();
    }

    private async Task CatchUpAsync(bool force, CancellationToken cancellationToken)
    {
        if (_loaded && !force && clock.GetUtcNow() - _caughtUpAt < options.Value.CatchUpEvery)
        {
            return;
        }

        await _writing.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            await using var connection = await database.OpenAsync(cancellationToken);
            if (!_loaded || now - _caughtUpAt >= RequestChangeLog.Kept / 2 || await MissedPrunedChangesAsync(connection, cancellationToken))
            {
                await LoadAsync(connection, cancellationToken);
            }
            else if (force || now - _caughtUpAt >= options.Value.CatchUpEvery)
            {
                await ApplyChangesAsync(connection, cancellationToken);
            }

            _caughtUpAt = now;
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task<bool> MissedPrunedChangesAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken) =>
        _loaded && _seen > 0
        && await connection.ExecuteScalarAsync<long?>(new CommandDefinition(Oldest, cancellationToken: cancellationToken)) is { } oldest
        && oldest > _seen + 1;

    /// <summary>The whole index from the tables; the change log's head is read first, so nothing after it is lost.</summary>
    private async Task LoadAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        var head = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(Head, cancellationToken: cancellationToken)) ?? 0;
        var rows = await connection.QueryAsync<MemberText>(new CommandDefinition(AllMembers, cancellationToken: cancellationToken));
        foreach (var requestId in _indexed)
        {
            _index.Remove(requestId);
        }

        _indexed.Clear();
        foreach (var request in rows.GroupBy(r => r.RequestId))
        {
            _index.Add(request.Key, string.Join('\n', request.Select(r => r.Text)));
            _indexed.Add(request.Key);
        }

        _seen = head;
        _applied.Clear();
        _loaded = true;
    }

    private async Task ApplyChangesAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        var changes = (await connection.QueryAsync<Change>(new CommandDefinition(Changes, new { After = _seen - Window }, cancellationToken: cancellationToken)))
            .Where(change => _applied.Add(change.Seq)).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        _seen = Math.Max(_seen, changes[^1].Seq);
        _applied.RemoveWhere(seq => seq <= _seen - Window);
        await RefreshAsync(connection, [.. changes.Select(change => change.RequestId).Distinct()], cancellationToken);
    }

    private async Task RefreshAsync(System.Data.Common.DbConnection connection, IReadOnlyCollection<Guid> requestIds, CancellationToken cancellationToken)
    {
        foreach (var requestId in requestIds)
        {
            var texts = (await connection.QueryAsync<string>(new CommandDefinition(MembersOf, new { RequestId = requestId }, cancellationToken: cancellationToken))).ToList();
            _index.Remove(requestId);
            _indexed.Remove(requestId);
            if (texts.Count > 0)
            {
                _index.Add(requestId, string.Join('\n', texts));
                _indexed.Add(requestId);
            }
        }
    }

    private sealed record MemberText
    {
        public Guid RequestId { get; init; }

        public string Text { get; init; } = "";
    }

    private sealed record Change
    {
        public long Seq { get; init; }

        public Guid RequestId { get; init; }
    }
}
