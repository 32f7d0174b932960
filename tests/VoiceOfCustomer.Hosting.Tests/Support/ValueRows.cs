using Dapper;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Tests.Support;

/// <summary>Writes <see cref="ValueRow"/>s the way services write (a committed unit of work) and reads them back.</summary>
internal static class ValueRows
{
    public static async Task InsertAsync(this Database database, IEnumerable<ValueRow> rows)
    {
        await using var work = await database.BeginAsync(CancellationToken.None);
        await work.ExecuteAsync(ValueRow.Insert, rows, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }

    public static async Task<ValueRow> RoundTripAsync(this Database database, ValueRow row)
    {
        await database.InsertAsync([row]);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<ValueRow>(ValueRow.SelectById, new { row.Id });
    }
}
