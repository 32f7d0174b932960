using Dapper;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Scoring;

namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>
/// After a formula change (a new Prioritization:Formula:Version), scores every open request scored by another
/// version again, in the background, a batch at a time, with progress (GET /api/requests/rescore). The queue
/// keeps answering meanwhile; each request shows the version that scored it. The change is announced first (FormulaChanged).
/// </summary>
public sealed class FormulaRescore(
    Database database, RequestScores scores, ScoreFormula formula, IOptions<FormulaOptions> options,
    [FromKeyedServices(PrioritizationModule.Name)] Outbox outbox, TimeProvider clock, ILogger<FormulaRescore> logger)
    : BackgroundService
{
    public const int BatchSize = 100;

    private const string Stale = "SELECT COUNT(*) FROM prioritization_requests WHERE merged_into IS NULL AND formula_version <> @Version";
    private const string NextBatch = "SELECT request_id FROM prioritization_requests WHERE merged_into IS NULL AND formula_version <> @Version ORDER BY request_id";

    private readonly string _nextBatch = database.Pick(
        sqlite: $"{NextBatch} LIMIT {BatchSize}",
        postgreSql: $"{NextBatch} LIMIT {BatchSize}",
        sqlServer: NextBatch.Replace("SELECT request_id", $"SELECT TOP ({BatchSize}) request_id", StringComparison.Ordinal));

    private RescoreProgress _progress = new(formula.Version, 0, 0, null, null);

    public RescoreProgress Progress => Volatile.Read(ref _progress);

    /// <summary>Scores again every open request of another formula version; returns how many it scored.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var version = formula.Version;
        int total;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(Stale, new { Version = version }, cancellationToken: cancellationToken));
        }

        var started = clock.GetUtcNow();
        Volatile.Write(ref _progress, new RescoreProgress(version, total, 0, started, total == 0 ? started : null));
        if (total == 0)
        {
            return 0;
        }

        await FormulaRescoreAnnouncement.AnnounceAsync(database, outbox, options.Value, total, started, cancellationToken);
        logger.LogInformation("Formula version {Version}: scoring {Total} requests again", version, total);
        var done = 0;
        while (true)
        {
            await using var work = await database.BeginAsync(cancellationToken);
            var batch = (await work.QueryAsync<Guid>(_nextBatch, new { Version = version }, cancellationToken)).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var requestId in batch)
            {
                await scores.ScoreAsync(work, requestId, clock.GetUtcNow(), cancellationToken);
            }

            await work.CommitAsync(cancellationToken);
            done += batch.Count;
            Volatile.Write(ref _progress, new RescoreProgress(version, Math.Max(total, done), done, started, null));
        }

        Volatile.Write(ref _progress, new RescoreProgress(version, Math.Max(total, done), done, started, clock.GetUtcNow()));
        logger.LogInformation("Formula version {Version}: {Done} requests scored again", version, done);
        return done;
    }

    public static IResult ProgressEndpoint(FormulaRescore rescore) => TypedResults.Ok(rescore.Progress);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RunAsync(stoppingToken);
}

/// <summary>How far the background rescoring for a formula version has come (FinishedAt is null while it runs).</summary>
public sealed record RescoreProgress(int FormulaVersion, int Total, int Done, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);
