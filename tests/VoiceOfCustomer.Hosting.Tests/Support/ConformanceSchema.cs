using Dapper;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Tests.Support;

/// <summary>The suite's own schema (Migrations/{Provider}/*.sql embedded in this assembly) and how to read its state back.</summary>
internal static class ConformanceSchema
{
    public const string Service = "conformance";

    /// <summary>Versions of the embedded migrations, the same for every provider.</summary>
    public static readonly int[] Versions = [1, 2, 3];

    public static MigrationSet Embedded { get; } = new(Service, typeof(ConformanceSchema).Assembly);

    /// <summary>What {service}_schema_migrations records, by version.</summary>
    public static async Task<List<(int Version, string Name)>> HistoryAsync(this Database database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(int, string)>(
            "SELECT version, name FROM conformance_schema_migrations ORDER BY version");
        return rows.ToList();
    }

    /// <summary>The steps the migrations wrote to the journal, in the order they ran.</summary>
    public static async Task<List<int>> JournalAsync(this Database database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<int>("SELECT step FROM conformance_journal ORDER BY seq")).ToList();
    }

    public static async Task<bool> HasTableAsync(this Database database, string table)
    {
        var sql = database.Pick(
            sqlite: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @Table",
            postgreSql: "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @Table",
            sqlServer: "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = @Table");
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<int>(sql, new { Table = table }) == 1;
    }

    public static async Task<int> CountAsync(this Database database, string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<int>(sql, parameters);
    }
}
