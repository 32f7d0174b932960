using System.Text.Json;
using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Hosting.Storage;

/// <summary>
/// A service's own copy of the accounts' segments and revenue, kept from AccountsUpserted in a table of the service
/// ({service}_accounts, same columns everywhere). A change older than the stored one is ignored, so messages
/// arriving out of order never roll an account back.
/// </summary>
public sealed class AccountCopy
{
    private readonly Database _database;
    private readonly string _upsert;

    public AccountCopy(Database database, string table)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        var insertOrUpdate = $"""
            INSERT INTO {table} (account_id, region, country, language, size_band, industry, plan_tier, arr, custom, updated_at)
            VALUES (@AccountId, @Region, @Country, @Language, @SizeBand, @Industry, @PlanTier, @Arr, @Custom, @UpdatedAt)
            ON CONFLICT (account_id) DO UPDATE SET region = excluded.region, country = excluded.country, language = excluded.language,
                size_band = excluded.size_band, industry = excluded.industry, plan_tier = excluded.plan_tier, arr = excluded.arr,
                custom = excluded.custom, updated_at = excluded.updated_at
            WHERE {table}.updated_at <= excluded.updated_at
            """;
        var merge = $"""
            MERGE {table} WITH (HOLDLOCK) AS target
            USING (SELECT @AccountId AS account_id) AS source ON target.account_id = source.account_id
            WHEN MATCHED AND target.updated_at <= @UpdatedAt THEN UPDATE SET region = @Region, country = @Country, language = @Language,
                size_band = @SizeBand, industry = @Industry, plan_tier = @PlanTier, arr = @Arr, custom = @Custom, updated_at = @UpdatedAt
            WHEN NOT MATCHED THEN INSERT (account_id, region, country, language, size_band, industry, plan_tier, arr, custom, updated_at)
                VALUES (@AccountId, @Region, @Country, @Language, @SizeBand, @Industry, @PlanTier, @Arr, @Custom, @UpdatedAt);
            """;
        _upsert = database.Pick(sqlite: insertOrUpdate, postgreSql: insertOrUpdate, sqlServer: merge);
    }

    public async Task UpsertAsync(AccountsUpserted message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var work = await _database.BeginAsync(cancellationToken);
        await work.ExecuteAsync(_upsert, message.Accounts.Select(a => new
        {
            a.AccountId, a.Region, a.Country, a.Language, a.SizeBand, a.Industry, a.PlanTier, a.Arr,
            Custom = JsonSerializer.Serialize(a.Custom), UpdatedAt = message.UpsertedAt,
        }), cancellationToken);
        await work.CommitAsync(cancellationToken);
    }
}
