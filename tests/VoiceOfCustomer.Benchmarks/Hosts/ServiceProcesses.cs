using System.Diagnostics;
using VoiceOfCustomer.Benchmarks.Measure;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Benchmarks.Hosts;

/// <summary>
/// Distributed mode as deploy/local/start.sh runs it: Ingestion, Tagging, Prioritization and Review as four
/// processes (the Release dlls built beside this program), on RabbitMQ and one PostgreSQL database.
/// </summary>
internal sealed class ServiceProcesses : IBenchmarkTarget
{
    private static readonly string[] Names = ["Ingestion", "Tagging", "Prioritization", "Review"];

    private readonly List<(string Name, Process Process)> _processes;
    private readonly DirectoryInfo _workFolder;

    private ServiceProcesses(List<(string Name, Process Process)> processes, DirectoryInfo workFolder, Uri ingestion, StorageOptions storage)
    {
        _processes = processes;
        _workFolder = workFolder;
        Ingestion = ingestion;
        Storage = storage;
    }

    public Uri Ingestion { get; }

    public StorageOptions Storage { get; }

    public IReadOnlyList<int> ProcessIds => _processes.Select(p => p.Process.Id).ToList();

    /// <summary>The key ring the four processes share (Access:KeysFolder), as every installation's processes must.</summary>
    private string KeysFolder => Path.Combine(_workFolder.FullName, "keys");

    public string ApiKey(string role) => TestKeys.For(TestKeys.KeyRing(KeysFolder), role);

    /// <summary>Where the services' console output went (one log file each).</summary>
    public string LogFolder => _workFolder.FullName;

    public IReadOnlyList<(string Name, long Bytes)> PeakMemory() =>
        _processes.Select(p => (p.Name, MemorySampler.PeakResidentBytes(p.Process.Id))).ToList();

    public static async Task<ServiceProcesses> StartAsync(StorageOptions storage, Uri rabbitMq, int firstPort, CancellationToken cancellationToken)
    {
        var workFolder = Directory.CreateTempSubdirectory("voc-bench-services-");
        var user = rabbitMq.UserInfo.Split(':');
        var virtualHost = rabbitMq.AbsolutePath.Length > 1 ? Uri.UnescapeDataString(rabbitMq.AbsolutePath[1..]) : "/";
        var processes = new List<(string Name, Process Process)>();
        var target = new ServiceProcesses(processes, workFolder, new Uri($"http://127.0.0.1:{firstPort}"), storage);
        try
        {
            for (var i = 0; i < Names.Length; i++)
            {
                var dll = Path.Combine(AppContext.BaseDirectory, $"VoiceOfCustomer.{Names[i]}.dll");
                var start = new ProcessStartInfo("dotnet", [dll])
                {
                    // An empty working folder is the content root: settings come from the environment only, as in start.sh.
                    WorkingDirectory = workFolder.FullName,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    Environment =
                    {
                        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{firstPort + i}",
                        ["Storage__Provider"] = storage.Provider.ToString(),
                        ["Storage__ConnectionString"] = storage.ConnectionString,
                        ["Bus__Transport"] = "RabbitMq",
                        ["Bus__RabbitMq__Host"] = rabbitMq.Host,
                        ["Bus__RabbitMq__Port"] = rabbitMq.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["Bus__RabbitMq__Username"] = Uri.UnescapeDataString(user[0]),
                        ["Bus__RabbitMq__Password"] = Uri.UnescapeDataString(user.ElementAtOrDefault(1) ?? ""),
                        ["Bus__RabbitMq__VirtualHost"] = virtualHost,
                        ["Access__KeysFolder"] = target.KeysFolder,
                    },
                };
                var process = Process.Start(start) ?? throw new InvalidOperationException($"{Names[i]} did not start.");
                var log = new StreamWriter(Path.Combine(workFolder.FullName, $"{Names[i].ToLowerInvariant()}.log")) { AutoFlush = true };
                process.OutputDataReceived += (_, line) => Write(log, line.Data);
                process.ErrorDataReceived += (_, line) => Write(log, line.Data);
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                processes.Add((Names[i], process));
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            for (var i = 0; i < Names.Length; i++)
            {
                await WaitReadyAsync(http, Names[i], processes[i].Process, new Uri($"http://127.0.0.1:{firstPort + i}/health/ready"), workFolder, cancellationToken);
            }

            return target;
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, process) in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }

        foreach (var (_, process) in _processes)
        {
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static async Task WaitReadyAsync(HttpClient http, string name, Process process, Uri ready, DirectoryInfo logs, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {process.ExitCode}; see {logs.FullName}/{name.ToLowerInvariant()}.log");
            }

            try
            {
                using var response = await http.GetAsync(ready, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // slow answer while starting
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{name} not ready after 90 s; see {logs.FullName}/{name.ToLowerInvariant()}.log");
            }

            await Task.Delay(250, cancellationToken);
        }
    }
}
