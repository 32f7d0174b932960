using System.Data.Common;
using Dapper;

namespace VoiceOfCustomer.Hosting.Storage;

/// <summary>One write transaction on its own connection. Rolled back on dispose unless committed.</summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly SemaphoreSlim? _writeGate;
    private bool _committed;

    internal UnitOfWork(DbConnection connection, DbTransaction transaction, SemaphoreSlim? writeGate)
    {
        Connection = connection;
        Transaction = transaction;
        _writeGate = writeGate;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.ExecuteAsync(Command(sql, parameters, cancellationToken));

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters, cancellationToken));

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.QueryAsync<T>(Command(sql, parameters, cancellationToken));

    /// <summary>
    /// Runs <paramref name="sql"/> once per row and returns how many rows each run affected. Where the provider
    /// batches (PostgreSQL), all runs reach the server in one round trip; elsewhere (SQLite, in process) one by one
    /// on one prepared command.
    /// </summary>
    public async Task<IReadOnlyList<int>> ExecuteEachAsync<TRow>(string sql, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > 1 && Connection.CanCreateBatch)
        {
            await using var batch = Batch(sql, rows);
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return batch.BatchCommands.Select(command => command.RecordsAffected).ToArray();
        }

        // One command for every row: SQLite keeps the statement prepared while the text stays the same.
        var affected = new int[rows.Count];
        await using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? throw new ArgumentException("A row is null.", nameof(rows));
            if (i == 0)
            {
                BatchParameters.Add(command.CreateParameter, command.Parameters, row);
            }
            else
            {
                BatchParameters.Set(command.Parameters, row);
            }

            affected[i] = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return affected;
    }

    /// <summary>
    /// Runs <paramref name="sql"/> once per row, in one round trip where the provider batches (PostgreSQL), else
    /// as Dapper does for a list (one prepared command); returns the rows affected in all.
    /// </summary>
    public async Task<int> ExecuteManyAsync<TRow>(string sql, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > 1 && Connection.CanCreateBatch)
        {
            await using var batch = Batch(sql, rows);
            return await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        return await ExecuteAsync(sql, rows, cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Transaction.CommitAsync(cancellationToken);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_committed)
            {
                await Transaction.RollbackAsync(CancellationToken.None);
            }
        }
        finally
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
            _writeGate?.Release();
        }
    }

    private DbBatch Batch<TRow>(string sql, IReadOnlyList<TRow> rows)
    {
        var batch = Connection.CreateBatch();
        batch.Transaction = Transaction;
        foreach (var row in rows)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            BatchParameters.Add(command, row ?? throw new ArgumentException("A row is null.", nameof(rows)));
            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, Transaction, cancellationToken: cancellationToken);
}
