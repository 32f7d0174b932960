using System.Globalization;
using System.Text;
using VoiceOfCustomer.Cli.Api;

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
        await writer.WriteLineAsync("line,field,message");
        var count = 0;
        await foreach (var error in errors.WithCancellation(cancellationToken))
        {
            var line = error.Line.ToString(CultureInfo.InvariantCulture);
            await writer.WriteLineAsync($"{line},{Escape(error.Field)},{Escape(error.Message)}");
            count++;
        }

        return count;
    }

    private static string Escape(string value) =>
        value.IndexOfAny(CharactersThatNeedQuotes) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
