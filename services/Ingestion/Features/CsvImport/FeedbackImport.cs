using Dapper;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Ingestion.Features.Feedback;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>
/// Feedback rows: the fields of POST /api/feedback as columns. A row without an idempotency key gets
/// one derived from its content, so importing the same file twice (say, after a failure) adds nothing twice.
/// </summary>
public sealed class FeedbackImport(Database database, FeedbackWriter writer, IOptions<IngestionOptions> options, TimeProvider clock)
    : IImportKind<NewFeedback>
{
    private const string AccountIds = "SELECT account_id FROM ingestion_accounts";

    // Items written together share their submission time, by which the outbox gate tells published items from waiting
    // ones (PipelineBackpressure); slices the size of a relay batch keep that from hiding a whole import batch.
    private const int SliceSize = 500;

    private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);

    public string Kind => "feedback";

    public IReadOnlyList<string> RequiredColumns { get; } =
        ["accountId", "text", "sourceChannel", "csmImportance", "goalProximity", "occurredAt"];

    /// <summary>The CSM of rows without a csmId: whoever imports the file, as for POST /api/feedback.</summary>
    public string? ImportedBy { get; set; }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        // The registry's ids fit in memory (one entry per customer account, not per row of the file).
        await using var connection = await database.OpenAsync(cancellationToken);
        _accounts.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(AccountIds, cancellationToken: cancellationToken)));
    }

    public NewFeedback? Parse(CsvRow row, List<RowError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var input = new FeedbackInput(
            row["accountId"], row["contactName"], row["contactEmail"], row["text"], row["sourceChannel"], row["csmId"] ?? ImportedBy,
            row.WholeNumber("csmImportance", "csmImportance", errors), row["businessGoal"], row.WholeNumber("goalProximity", "goalProximity", errors),
            row["language"], row.Instant("occurredAt", "occurredAt", errors), row["idempotencyKey"]);
        if (input.OccurredAt is null && errors.Count == before)
        {
            errors.Add(new RowError(row.Line, "occurredAt", "occurredAt is required in an import: when did the customer say it?"));
        }

        var validation = new ValidationErrors();
        var feedback = FeedbackRules.Validate(input, options.Value.MaxTextLength, clock.GetUtcNow(), validation);
        errors.AddRange(validation.All.Select(e => new RowError(row.Line, e.Field, e.Message)));
        if (feedback is not null && !_accounts.Contains(feedback.AccountId))
        {
            errors.Add(new RowError(row.Line, "accountId", $"No account '{feedback.AccountId}' is in the accounts registry."));
        }

        return errors.Count > before || feedback is null
            ? null
            : feedback with { IdempotencyKey = feedback.IdempotencyKey ?? $"row:{feedback.RequestHash}" };
    }

    public async Task WriteAsync(UnitOfWork work, Guid jobId, IReadOnlyList<NewFeedback> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var slice in rows.Chunk(SliceSize))
        {
            await writer.WriteManyAsync(work, slice, jobId, clock.GetUtcNow(), cancellationToken);
        }
    }

    public void Announce() => writer.Announce();
}
