using System.Text.Json;
using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Review.Features.Accounts;

/// <summary>
/// Keeps Review's copy of each account's segment attributes. A change older than the stored one is
/// ignored, so messages arriving out of order never roll an account back.
/// </summary>
public sealed class CopyAccountSegmentsConsumer(Database database) : IConsumer<AccountsUpserted>
{
    private const string InsertOrUpdate = """
        INSERT INTO review_accounts (account_id, region, country, language, size_band, industry, plan_tier, arr, custom, updated_at)
        VALUES (@AccountId, @Region, @Country, @Language, @SizeBand, @Industry, @PlanTier, @Arr, @Custom, @UpdatedAt)
        ON CONFLICT (account_id) DO UPDATE SET region = excluded.region, country = excluded.country, language = excluded.language,
            size_band = excluded.size_band, industry = excluded.industry, plan_tier = excluded.plan_tier, arr = excluded.arr,
            custom = excluded.custom, updated_at = excluded.updated_at
        WHERE review_accounts.updated_at <= excluded.updated_at
        """;

    private const string Merge = """
        MERGE review_accounts WITH (HOLDLOCK) AS target
        USING (SELECT @AccountId AS account_id) AS source ON target.account_id = source.account_id
        WHEN MATCHED AND target.updated_at <= @UpdatedAt THEN UPDATE SET region = @Region, country = @Country, language = @Language,
            size_band = @SizeBand, industry = @Industry, plan_tier = @PlanTier, arr = @Arr, custom = @Custom, updated_at = @UpdatedAt
        WHEN NOT MATCHED THEN INSERT (account_id, region, country, language, size_band, industry, plan_tier, arr, custom, updated_at)
            VALUES (@AccountId, @Region, @Country, @Language, @SizeBand, @Industry, @PlanTier, @Arr, @Custom, @UpdatedAt);
        """;

    private readonly string _upsert = database.Pick(sqlite: InsertOrUpdate, postgreSql: InsertOrUpdate, sqlServer: Merge);

    public async Task Consume(ConsumeContext<AccountsUpserted> context)
    {
        var message = context.Message;
        await using var work = await database.BeginAsync(context.CancellationToken);
        await work.ExecuteAsync(_upsert, message.Accounts.Select(a => new
        {
            a.AccountId, a.Region, a.Country, a.Language, a.SizeBand, a.Industry, a.PlanTier, a.Arr,
            Custom = JsonSerializer.Serialize(a.Custom), UpdatedAt = message.UpsertedAt,
        }), context.CancellationToken);
        await work.CommitAsync(context.CancellationToken);
    }
}
