using System.Text;
using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Cli.Output;

/// <summary>Writes row errors as CSV (line,field,message), one row at a time, so a long list never sits in memory.</summary>
public static class ErrorsCsvFile
{
    private static readonly char[] CharactersThatNeedQuotes = [',', '"', '\r', '\n'];

    public static async Task<int> WriteAsync(
        string path, IAsyncEnumerable<ImportRowError> errors, CancellationToken cancellationToken)
    {
        // Written beside the target and moved at the end, so a failed download leaves no half file behind.
        var partialPath = path + ".partial";
        try
        {
            var count = await WriteAllAsync(partialPath, errors, cancellationToken);
            File.Move(partialPath, path, overwrite: true);
            return count;
        }
        finally
        {
            File.Delete(partialPath);
        }
    }

    private static async Task<int> WriteAllAsync(
        string path, IAsyncEnumerable<ImportRowError> errors, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\r\n";
        return await RowErrorsCsv.WriteAsync(writer, errors, cancellationToken);
    }
}
