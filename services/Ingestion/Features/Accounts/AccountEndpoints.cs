using Dapper;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Accounts;

/// <summary>The accounts registry: PUT creates or updates one account, GET reads one or pages through them.</summary>
public static class AccountEndpoints
{
    private const string Exists = "SELECT COUNT(*) FROM ingestion_accounts WHERE account_id = @AccountId";

    private const string One = $"SELECT {AccountRow.Columns} FROM ingestion_accounts WHERE account_id = @AccountId";

    private const string PageFilter = """
        WHERE (@After IS NULL OR account_id > @After)
          AND (@Search IS NULL OR lower(name) LIKE @Search OR lower(account_id) LIKE @Search)
        ORDER BY account_id
        """;

    public static async Task<IResult> UpsertAsync(
        string accountId, AccountInput input, Database database, AccountWriter writer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var account = AccountRules.Validate(accountId, input, errors);
        if (account is null)
        {
            return errors.ToProblem();
        }

        await using var work = await database.BeginAsync(cancellationToken);
        var existed = await work.QuerySingleOrDefaultAsync<long>(Exists, new { AccountId = accountId }, cancellationToken) > 0;
        await writer.WriteAsync(work, [account], clock.GetUtcNow(), cancellationToken);
        await work.CommitAsync(cancellationToken);
        writer.Announce();
        return existed ? TypedResults.Ok(account) : TypedResults.Created($"/api/accounts/{Uri.EscapeDataString(accountId)}", account);
    }

    public static async Task<IResult> GetAsync(string accountId, Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(One, new { AccountId = accountId }, cancellationToken: cancellationToken));
        return row is null
            ? TypedResults.Problem(title: "No such account.", detail: $"No account '{accountId}' is in the registry.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(row.ToProfile());
    }

    public static async Task<IResult> ListAsync(Database database, string? search, string? after, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 500)
        {
            var errors = new ValidationErrors();
            errors.Add("limit", "limit must be from 1 to 500.");
            return errors.ToProblem();
        }

        var take = limit ?? 100;
        var sql = database.Pick(
            sqlite: $"SELECT {AccountRow.Columns} FROM ingestion_accounts {PageFilter} LIMIT @Take",
            postgreSql: $"SELECT {AccountRow.Columns} FROM ingestion_accounts {PageFilter} LIMIT @Take",
            sqlServer: $"SELECT TOP (@Take) {AccountRow.Columns} FROM ingestion_accounts {PageFilter}");
        var pattern = string.IsNullOrWhiteSpace(search) ? null : $"%{search.Trim().ToLowerInvariant().Replace("%", "", StringComparison.Ordinal)}%";
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AccountRow>(new CommandDefinition(
            sql, new { After = after, Search = pattern, Take = take }, cancellationToken: cancellationToken))).ToList();
        return TypedResults.Ok(new { Items = rows.Select(row => row.ToProfile()), NextAfter = rows.Count == take ? rows[^1].AccountId : null });
    }
}
