using Microsoft.Data.SqlClient;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Tests.Support;

/// <summary>A uniquely named database on the SQL Server of VOC_TEST_SQLSERVER, dropped on dispose.</summary>
internal sealed class SqlServerDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private SqlServerDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        var connectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
        Options = new StorageOptions { Provider = StorageProvider.SqlServer, ConnectionString = connectionString };
    }

    public StorageOptions Options { get; }

    public static async Task<SqlServerDatabase> CreateAsync(string server)
    {
        var database = new SqlServerDatabase(server, $"voc_test_{Guid.NewGuid():N}");
        await database.RunOnServerAsync($"CREATE DATABASE [{database._name}]");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        SqlConnection.ClearAllPools();
        await RunOnServerAsync($"ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}]");
    }

    private async Task RunOnServerAsync(string statement)
    {
        await using var connection = new SqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new SqlCommand(statement, connection);
        await command.ExecuteNonQueryAsync();
    }
}
