using System.Text.Json;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Accounts;

/// <summary>Creates or updates accounts and announces them (AccountsUpserted) through the outbox, in the caller's transaction.</summary>
public sealed class AccountWriter([FromKeyedServices(IngestionModule.Name)] Outbox outbox, Database database)
{
    // SQLite and PostgreSQL share the ON CONFLICT form; SQL Server needs MERGE.
    private const string InsertOrUpdate = """
        INSERT INTO ingestion_accounts (account_id, name, region, country, language, size_band, industry, plan_tier, arr, custom, created_at, updated_at)
        VALUES (@AccountId, @Name, @Region, @Country, @Language, @SizeBand, @Industry, @PlanTier, @Arr, @Custom, @Now, @Now)
        ON CONFLICT (account_id) DO UPDATE SET name = excluded.name, region = excluded.region, country = excluded.country,
            language = excluded.language, size_band = excluded.size_band, industry = excluded.industry, plan_tier = excluded.plan_tier,
            arr = excluded.arr, custom = excluded.custom, updated_at = excluded.updated_at
        """;

    private const string Merge = """
        MERGE ingestion_accounts WITH (HOLDLOCK) AS target
        USING (SELECT @AccountId AS account_id) AS source ON target.account_id = source.account_id
        WHEN MATCHED THEN UPDATE SET name = @Name, region = @Region, country = @Country, language = @Language, size_band = @SizeBand,
            industry = @Industry, plan_tier = @PlanTier, arr = @Arr, custom = @Custom, updated_at = @Now
        WHEN NOT MATCHED THEN INSERT (account_id, name, region, country, language, size_band, industry, plan_tier, arr, custom, created_at, updated_at)
            VALUES (@AccountId, @Name, @Region, @Country, @Language, @SizeBand, @Industry, @PlanTier, @Arr, @Custom, @Now, @Now);
        """;

    private readonly string _upsert = database.Pick(sqlite: InsertOrUpdate, postgreSql: InsertOrUpdate, sqlServer: Merge);

    public async Task WriteAsync(UnitOfWork work, IReadOnlyList<AccountProfile> accounts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(accounts);
        if (accounts.Count == 0)
        {
            return;
        }

        await work.ExecuteAsync(_upsert, accounts.Select(account => new
        {
            account.AccountId, account.Name, account.Region, account.Country, account.Language, account.SizeBand,
            account.Industry, account.PlanTier, account.Arr, Custom = JsonSerializer.Serialize(account.Custom), Now = now,
        }), cancellationToken);
        var correlationId = Guid.NewGuid();
        await outbox.AddAsync(work, Guid.NewGuid(), correlationId, new AccountsUpserted(correlationId, now, accounts), cancellationToken);
    }

    public void Announce() => outbox.Notify();
}
