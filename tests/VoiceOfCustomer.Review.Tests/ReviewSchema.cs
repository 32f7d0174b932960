using Microsoft.Extensions.Logging.Abstractions;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Review.Tests;

/// <summary>Review's tables, by its own migrations, on a fresh database of one provider (dropped on dispose).</summary>
internal sealed class ReviewSchema : IAsyncDisposable
{
    private readonly TemporaryDatabase _temporary;

    private ReviewSchema(TemporaryDatabase temporary)
    {
        _temporary = temporary;
        Database = new Database(Microsoft.Extensions.Options.Options.Create(temporary.Options));
    }

    public Database Database { get; }

    public static async Task<ReviewSchema> CreateAsync(StorageProvider provider)
    {
        var schema = new ReviewSchema(await TemporaryDatabase.CreateAsync(provider));
        try
        {
            await new MigrationRunner(schema.Database, NullLogger<MigrationRunner>.Instance)
                .ApplyAsync(new MigrationSet(ReviewModule.Name, typeof(ReviewModule).Assembly), CancellationToken.None);
            return schema;
        }
        catch
        {
            await schema.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await _temporary.DisposeAsync();
    }
}
