using System.ComponentModel;
using System.Diagnostics;

namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>
/// Runs rabbitmqctl against the test broker's node (the management plugin is off, and AMQP cannot create a
/// virtual host). Node: VOC_TEST_RABBITMQ_NODE, by default the one deploy/local/servers.sh starts.
/// </summary>
internal static class RabbitMqCtl
{
    private const string ServersNode = "voc@localhost";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string Node => Environment.GetEnvironmentVariable("VOC_TEST_RABBITMQ_NODE") is { Length: > 0 } node ? node : ServersNode;

    public static async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-n", Node, "-q", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        // As in servers.sh: the short-lived CLI node and any epmd it starts stay on loopback.
        start.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        start.Environment["RABBITMQ_CTL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";

        var command = $"rabbitmqctl -n {Node} {string.Join(' ', arguments)}";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{command} could not run ({exception.Message}): the integration tests need the broker's rabbitmqctl, as deploy/local/servers.sh installs it.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{command} did not finish within {Timeout.TotalSeconds:0} s.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{command} failed with exit code {process.ExitCode}: {await error} {await output}".Trim());
            }
        }
    }
}
