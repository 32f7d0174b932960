using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Tests.Support;

/// <summary>A fixture run once per provider on a fresh database with the conformance migrations applied, dropped afterwards.</summary>
public abstract class MigratedDatabaseFixture(StorageProvider provider)
{
    protected StorageProvider Provider { get; } = provider;

    private protected ProviderDatabase Storage { get; private set; } = null!;

    protected Database Database { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task Create_the_schema()
    {
        Storage = await ProviderDatabase.CreateAsync(Provider);
        Database = await Storage.OpenMigratedAsync();
    }

    [OneTimeTearDown]
    public async Task Drop_the_database()
    {
        if (Storage is not null) // null when the provider's server is not there and the setup was skipped
        {
            await Storage.DisposeAsync();
        }
    }
}
