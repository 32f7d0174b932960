using Dapper;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Disparity;
using VoiceOfCustomer.Review.Features.Policy;
using VoiceOfCustomer.Review.Features.Segments;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>
/// Keeps the reports current. At start (and every RebuildEvery, so old decisions leave the window) the counts are
/// rebuilt from review_decisions; in between, only decisions recorded since the last look are fed in. After each
/// look, at most once per RecomputeEvery: every report is recomputed from the counts, the segments' voices from the
/// accounts and feedback, review_segments replaced, and VoiceGapsChanged published when the gaps changed.
/// </summary>
public sealed partial class ReportsRefresher(
    Database database,
    ReportsRefresh refresh,
    ReviewReports reports,
    PolicyVersions policy,
    SegmentsTable segmentsTable,
    VoiceGapAnnouncement announcement,
    IOptions<ReviewWindowOptions> window,
    IOptions<DisparityOptions> disparity,
    TimeProvider clock,
    ILogger<ReportsRefresher> logger) : BackgroundService
{
    /// <summary>Decisions recorded this long before the last look are read again: late commits and other copies' clocks.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    private const string InWindow = $"SELECT {DecisionRow.Columns} FROM review_decisions WHERE decided_at >= @Since";

    private const string RecordedSince = $"SELECT {DecisionRow.Columns} FROM review_decisions WHERE recorded_at >= @RecordedSince AND decided_at >= @Since";

    private const string ProfilesInWindow = "SELECT DISTINCT segments FROM review_decisions WHERE decided_at >= @Since";

    private const string FeedbackPerAccount = """
        SELECT account_id AS AccountId, COUNT(*) AS Items FROM review_feedback WHERE occurred_at >= @Since GROUP BY account_id
        """;

    private WindowCounts? _counts;
    private DateTimeOffset _builtAt;
    private DateTimeOffset _lastLook;
    private bool _rebuild = true;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Brings the counts and every report up to date once (the loop's body; tests call it directly).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await RefreshOnceAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RefreshOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - window.Value.Window;
        await using var connection = await database.OpenAsync(cancellationToken);
        var accounts = (await connection.QueryAsync<AccountRow>(new CommandDefinition(AccountRow.Select, cancellationToken: cancellationToken))).ToList();
        if (_counts is null || _rebuild || now - _builtAt >= window.Value.RebuildEvery)
        {
            var profiles = await connection.QueryAsync<string>(new CommandDefinition(ProfilesInWindow, new { Since = since }, cancellationToken: cancellationToken));
            var seen = accounts.Select(a => (IReadOnlyDictionary<string, string>)SegmentAttributes.Of(a))
                .Concat(profiles.Select(p => (IReadOnlyDictionary<string, string>)(new DecisionRow { Segments = p }).SegmentValues())).ToList();
            _counts = new WindowCounts(SegmentAttributes.Catalog(seen)) { SingleValued = SingleValued(seen) };
            _builtAt = now;
            _rebuild = !await FeedAsync(connection, InWindow, new { Since = since }, cancellationToken);
        }
        else
        {
            _rebuild = !await FeedAsync(connection, RecordedSince, new { RecordedSince = _lastLook - Overlap, Since = since }, cancellationToken);
        }

        _lastLook = now;
        var feedback = (await connection.QueryAsync<(string AccountId, long Items)>(new CommandDefinition(FeedbackPerAccount, new { Since = since }, cancellationToken: cancellationToken)))
            .ToDictionary(f => f.AccountId, f => f.Items, StringComparer.Ordinal);
        var designated = await policy.CurrentAsync(cancellationToken);
        var voices = VoiceGap.Assess(SegmentVoices.Count(accounts, feedback, designated.Segments), disparity.Value);
        var report = DisparityWindow.Compute(_counts.Accumulator, disparity.Value);
        reports.Publish(new ReportsSnapshot(now, since, _counts.Accumulator.ItemCount, report, voices, DrivenBySummary.Compute(accounts)));
        await segmentsTable.ReplaceAsync(voices, now, cancellationToken);
        await announcement.AnnounceIfChangedAsync(voices, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
                await Task.Delay(window.Value.RecomputeEvery, clock, stoppingToken);
                await refresh.WaitAsync(window.Value.PollEvery, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the reports must outlive a failed recompute: it is logged and tried again
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogRefreshFailed(logger, exception);
                _rebuild = true;
                await Task.Delay(window.Value.PollEvery, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Feeds every decision the query returns, streamed (a million rows need not fit in memory twice); false when one had a segment value the catalog lacks.</summary>
    private async Task<bool> FeedAsync(System.Data.Common.DbConnection connection, string sql, object parameters, CancellationToken cancellationToken)
    {
        // Unbuffered QueryAsync hands back a reader Dapper has already closed; QueryUnbufferedAsync streams for real.
        var complete = true;
        await foreach (var row in connection.QueryUnbufferedAsync<DecisionRow>(sql, parameters).WithCancellation(cancellationToken))
        {
            complete &= _counts!.Feed(row);
        }

        return complete;
    }

    private static Dictionary<string, string> SingleValued(IEnumerable<IReadOnlyDictionary<string, string>> seen) =>
        seen.SelectMany(s => s).GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Values: g.Select(s => s.Value).Distinct(StringComparer.Ordinal).ToList()))
            .Where(g => g.Values.Count == 1).ToDictionary(g => g.Key, g => g.Values[0], StringComparer.Ordinal);

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Review: the reports could not be refreshed; the counts will be rebuilt on the next try")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
