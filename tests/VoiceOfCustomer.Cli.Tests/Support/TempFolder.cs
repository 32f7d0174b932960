namespace VoiceOfCustomer.Cli.Tests.Support;

/// <summary>A folder for one test's files, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("voc-cli-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string WriteCsv(string name, int rows)
    {
        var path = File(name);
        using var writer = new StreamWriter(path);
        writer.WriteLine("accountId,channel,text");
        for (var row = 1; row <= rows; row++)
        {
            writer.WriteLine($"acc-{row},email,Feedback number {row} about the export screen");
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
