using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace VoiceOfCustomer.Hosting.Storage;

/// <summary>
/// The one way services reach their tables: a connection per unit of work from the provider's pool.
/// SQLite allows a single writer per file, so writes in this process queue on a gate instead of
/// spinning on SQLITE_BUSY.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    private readonly DbDataSource _dataSource;
    private readonly SemaphoreSlim? _sqliteWriteGate;

    public Database(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = options.Value.Provider;
        DapperTypeHandlers.Register();
        _dataSource = Provider switch
        {
            StorageProvider.Sqlite => SqliteFactory.Instance.CreateDataSource(PrepareSqlite(options.Value.ConnectionString)),
            StorageProvider.PostgreSql => NpgsqlDataSource.Create(options.Value.ConnectionString),
            StorageProvider.SqlServer => SqlClientFactory.Instance.CreateDataSource(options.Value.ConnectionString),
            _ => throw new InvalidOperationException($"Storage:Provider '{Provider}' is not supported."),
        };
        _sqliteWriteGate = Provider == StorageProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;
    }

    public StorageProvider Provider { get; }

    /// <summary>Opens a connection for reads (or for a caller that manages its own transaction).</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (Provider == StorageProvider.Sqlite)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    /// <summary>Starts a write transaction; dispose without <see cref="UnitOfWork.CommitAsync"/> rolls it back.</summary>
    public async Task<UnitOfWork> BeginAsync(CancellationToken cancellationToken)
    {
        if (_sqliteWriteGate is not null)
        {
            await _sqliteWriteGate.WaitAsync(cancellationToken);
        }

        try
        {
            var connection = await OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new UnitOfWork(connection, transaction, _sqliteWriteGate);
        }
        catch
        {
            _sqliteWriteGate?.Release();
            throw;
        }
    }

    /// <summary>Picks the statement written for the configured dialect.</summary>
    public string Pick(string sqlite, string postgreSql, string sqlServer) => Provider switch
    {
        StorageProvider.Sqlite => sqlite,
        StorageProvider.PostgreSql => postgreSql,
        _ => sqlServer,
    };

    /// <summary>
    /// "expression is one of the list parameter": Dapper expands a list into (@p1, @p2, ...) for SQLite and SQL Server,
    /// but hands PostgreSQL the list as one array parameter, which only = ANY(...) accepts.
    /// </summary>
    public string InList(string expression, string parameter) =>
        Provider == StorageProvider.PostgreSql ? $"{expression} = ANY(@{parameter})" : $"{expression} IN @{parameter}";

    /// <summary>True when the exception is a primary key or unique index violation, whatever the provider.</summary>
    public static bool IsUniqueViolation(Exception exception) => exception switch
    {
        SqliteException e => e.SqliteErrorCode == 19 && e.SqliteExtendedErrorCode is 1555 or 2067,
        PostgresException e => e.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException e => e.Number is 2601 or 2627,
        _ => false,
    };

    public async ValueTask DisposeAsync()
    {
        // The write gate is left undisposed on purpose: a disposed SemaphoreSlim never wakes a writer already waiting
        // (a consumer still running while the host stops), which then hangs shutdown; it holds no handle to release.
        await _dataSource.DisposeAsync();
    }

    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            // WAL lets readers run beside the single writer; it is a property of the file, set once.
            using var connection = new SqliteConnection(builder.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }

        return builder.ConnectionString;
    }
}
