using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Ingestion.Features.Accounts;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>Account rows: the registry's attributes as columns; every other column is a custom attribute.</summary>
public sealed class AccountImport(AccountWriter writer, TimeProvider clock) : IImportKind<AccountProfile>
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(
        new[] { "accountId", "name", "region", "country", "language", "sizeBand", "industry", "planTier", "arr" }.Select(CsvHeader.Normalize),
        StringComparer.Ordinal);

    public string Kind => "accounts";

    public IReadOnlyList<string> RequiredColumns { get; } =
        ["accountId", "name", "region", "country", "language", "sizeBand", "industry", "planTier", "arr"];

    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public AccountProfile? Parse(CsvRow row, List<RowError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var custom = row.Others(Known).ToDictionary(c => c.Column.ToLowerInvariant().Replace(' ', '_'), c => c.Value, StringComparer.Ordinal);
        var input = new AccountInput(row["name"], row["region"], row["country"], row["language"], row["sizeBand"], row["industry"],
            row["planTier"], row.Number("arr", "arr", errors), custom);
        var validation = new ValidationErrors();
        var account = AccountRules.Validate(row["accountId"], input, validation);
        errors.AddRange(validation.All.Select(e => new RowError(row.Line, e.Field, e.Message)));
        return errors.Count > before ? null : account;
    }

    public Task WriteAsync(UnitOfWork work, Guid jobId, IReadOnlyList<AccountProfile> rows, CancellationToken cancellationToken) =>
        writer.WriteAsync(work, rows, clock.GetUtcNow(), cancellationToken);

    public void Announce() => writer.Announce();
}
