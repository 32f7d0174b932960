namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>
/// A RabbitMQ virtual host of its own for one test run, deleted (with every queue and exchange in it) afterwards.
/// The broker is shared with other runs and with deploy/local/start.sh: on a shared "/" their consumers would
/// compete for this run's queues (same endpoint names, other databases) and purging would race them.
/// </summary>
internal sealed class TemporaryVirtualHost : IAsyncDisposable
{
    private TemporaryVirtualHost(string name) => Name = name;

    public string Name { get; }

    public static async Task<TemporaryVirtualHost> CreateAsync(string username)
    {
        var name = $"voc-test-{Guid.NewGuid():N}";
        await RabbitMqCtl.RunAsync("add_vhost", name);
        var created = new TemporaryVirtualHost(name);
        try
        {
            await RabbitMqCtl.RunAsync("set_permissions", "-p", name, username, ".*", ".*", ".*");
            return created;
        }
        catch
        {
            await created.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await RabbitMqCtl.RunAsync("delete_vhost", Name);
}
