using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Portal.Features.Users;

namespace VoiceOfCustomer.AllInOne.Demo;

/// <summary>
/// One demo user per role, each with its own random password (never a built-in one), kept in the users file
/// so the demo can be signed into again after a restart, and printed at every start.
/// </summary>
internal sealed class DemoUsers(UserAccounts users, IOptions<DemoOptions> options, IConfiguration configuration, ILogger<DemoUsers> logger) : IHostedService
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static readonly (string UserName, string DisplayName, string Role)[] People =
    [
        ("csm.alice", "Alice (customer success)", Roles.Csm),
        ("pm.paula", "Paula (product)", Roles.Pm),
        ("auditor.ada", "Ada (audit)", Roles.Auditor),
        ("admin.ari", "Ari (administration)", Roles.Admin),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var file = UsersFile();
        if (await users.CountAsync(cancellationToken) == 0)
        {
            var created = new List<DemoUser>();
            foreach (var (userName, displayName, role) in People)
            {
                var password = RandomNumberGenerator.GetString(Alphabet, 16);
                await users.CreateAsync(new NewUser(userName, displayName, role, password), cancellationToken);
                created.Add(new DemoUser(userName, role, password));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(created, DemoUser.Json), cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        if (!File.Exists(file))
        {
            logger.LogInformation("Demo: users already exist and {File} is gone; an admin can reset passwords on the Users page", file);
            return;
        }

        foreach (var user in JsonSerializer.Deserialize<DemoUser[]>(await File.ReadAllTextAsync(file, cancellationToken), DemoUser.Json) ?? [])
        {
            logger.LogInformation("Demo sign-in as {Role}: user name {UserName}, password {Password}", user.Role, user.UserName, user.Password);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string UsersFile()
    {
        if (options.Value.UsersFile is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(configuration["Storage:ConnectionString"]).DataSource;
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, "demo-users.json");
    }

    private sealed record DemoUser(string UserName, string Role, string Password)
    {
        public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    }
}
