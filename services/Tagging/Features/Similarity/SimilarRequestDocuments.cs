using Dapper;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Taggers.Similarity;

namespace VoiceOfCustomer.Tagging.Features.Similarity;

/// <summary>
/// The similar-request index of this instance: each request's document is the masked text of the items triaged into
/// it (tagging_request_members), rebuilt in memory from the tables on first use and kept current as decisions arrive.
/// </summary>
public sealed class SimilarRequestDocuments(Database database, IOptions<SimilarityOptions> options) : IDisposable
{
    private const string AllMembers = """
        SELECT m.request_id AS RequestId, i.masked_text AS Text FROM tagging_request_members m
        JOIN tagging_items i ON i.feedback_id = m.feedback_id
        WHERE m.request_id IS NOT NULL ORDER BY m.request_id, m.decided_at
        """;

    private const string MembersOf = """
        SELECT i.masked_text FROM tagging_request_members m JOIN tagging_items i ON i.feedback_id = m.feedback_id
        WHERE m.request_id = @RequestId ORDER BY m.decided_at
        """;

    private readonly SimilarRequestIndex _index = new(new SimilarRequestIndexOptions { PrefillThreshold = options.Value.PrefillThreshold });
    private readonly SemaphoreSlim _writing = new(1, 1);
    private volatile bool _loaded;

    /// <summary>The index itself, for <see cref="Taggers.FeedbackTagger"/> to query (it is safe for many readers).</summary>
    public SimilarRequestIndex Index => _index;

    /// <summary>Builds the index from the tables, once.</summary>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await _writing.WaitAsync(cancellationToken);
        try
        {
            if (!_loaded)
            {
                await using var connection = await database.OpenAsync(cancellationToken);
                var rows = await connection.QueryAsync<MemberText>(new CommandDefinition(AllMembers, cancellationToken: cancellationToken));
                foreach (var request in rows.GroupBy(r => r.RequestId))
                {
                    _index.Add(request.Key, string.Join('\n', request.Select(r => r.Text)));
                }

                _loaded = true;
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Reads the documents of these requests again (items joined or left them) and puts them in the index.</summary>
    public async Task RefreshAsync(IReadOnlyCollection<Guid> requestIds, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            foreach (var requestId in requestIds)
            {
                var texts = (await connection.QueryAsync<string>(new CommandDefinition(MembersOf, new { RequestId = requestId }, cancellationToken: cancellationToken))).ToList();
                _index.Remove(requestId);
                if (texts.Count > 0)
                {
                    _index.Add(requestId, string.Join('\n', texts));
                }
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    public void Dispose()
    {
        _index.Dispose();
        _writing.Dispose();
    }

    private sealed record MemberText
    {
        public Guid RequestId { get; init; }

        public string Text { get; init; } = "";
    }
}
