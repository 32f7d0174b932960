using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using VoiceOfCustomer.Cli.Output;
using VoiceOfCustomer.Taggers;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>
/// Tags every row of a file offline with the service's composition (<see cref="FeedbackTagger"/>, no similar-request
/// index) and writes JSON Lines. With --out the tags go to a partial file moved into place only when every row is
/// tagged, so bad input never leaves half a file behind.
/// </summary>
public sealed class TagHandler(CliEnvironment environment)
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<int> RunAsync(TagRequest request, TextWriter standardOutput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Check(request) is { } reason)
        {
            ProblemView.Fail(environment.Error, reason);
            return ExitCodes.Failure;
        }

        var watch = Stopwatch.StartNew();
        try
        {
            var format = TagFileFormats.Of(request.File, request.Format);
            var tagged = request.Out is null
                ? await TagAsync(request, format, standardOutput, cancellationToken)
                : await TagToFileAsync(request, format, request.Out.FullName, cancellationToken);
            environment.Error.WriteLine($"Tagged {tagged:N0} item{(tagged == 1 ? "" : "s")} from {request.File.Name} in {watch.Elapsed.TotalSeconds:F1} s{(request.Out is null ? "" : $" into {request.Out.FullName}")}.");
            return ExitCodes.Success;
        }
        catch (TagInputException exception)
        {
            ProblemView.Fail(environment.Error, $"{request.File.Name}, {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ProblemView.Fail(environment.Error, $"Cannot read {request.File.FullName} or write the tags: {exception.Message}");
        }

        return ExitCodes.Failure;
    }

    private static string? Check(TagRequest request) =>
        !request.File.Exists ? $"File not found: {request.File.FullName}"
        : request.Out is { Directory.Exists: false } ? $"--out folder not found: {request.Out.DirectoryName}"
        : null;

    private static async Task<int> TagToFileAsync(TagRequest request, string format, string path, CancellationToken cancellationToken)
    {
        var partialPath = path + ".partial";
        try
        {
            int tagged;
            await using (var writer = new StreamWriter(partialPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                tagged = await TagAsync(request, format, writer, cancellationToken);
            }

            File.Move(partialPath, path, overwrite: true);
            return tagged;
        }
        finally
        {
            File.Delete(partialPath);
        }
    }

    private static async Task<int> TagAsync(TagRequest request, string format, TextWriter output, CancellationToken cancellationToken)
    {
        var tagger = FeedbackTagger.LoadDefault();
        using var reader = new StreamReader(request.File.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var rows = format == TagFileFormats.Csv ? TagCsvRows.Read(reader, request.Columns) : TagJsonLinesRows.Read(reader, request.Columns);
        var buffer = new MemoryStream();
        await using var json = new Utf8JsonWriter(buffer, JsonOptions);
        var tagged = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TagJsonLine.Write(json, row, tagger.Tag(row.Text, row.Language));
            await json.FlushAsync(cancellationToken);
            await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            buffer.SetLength(0);
            json.Reset();
            tagged++;
        }

        await output.FlushAsync(cancellationToken);
        return tagged;
    }
}
