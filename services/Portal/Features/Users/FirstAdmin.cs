using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Portal.Features.Users;

/// <summary>
/// At start: creates the first administrator from configuration when there is no user yet, then announces
/// every user's access so services with a new or stale copy catch up.
/// </summary>
public sealed class FirstAdmin(UserAccounts users, IOptions<FirstAdminOptions> options, ILogger<FirstAdmin> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value;
        if (await users.CountAsync(cancellationToken) == 0)
        {
            if (string.IsNullOrWhiteSpace(configured.UserName))
            {
                logger.LogWarning(
                    "No user exists yet: set Access:FirstAdmin:UserName and Access:FirstAdmin:Password (e.g. Access__FirstAdmin__Password) and restart, or start with --demo");
            }
            else
            {
                await CreateAsync(configured, cancellationToken);
            }
        }

        await users.AnnounceEveryoneAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CreateAsync(FirstAdminOptions configured, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var admin = new NewUserInput(configured.UserName, null, Roles.Admin, configured.Password).Validate(errors)
            ?? throw new OptionsValidationException(FirstAdminOptions.Section, typeof(FirstAdminOptions),
                errors.All.Select(error => $"{FirstAdminOptions.Section}: {error.Field}: {error.Message}"));
        await users.CreateAsync(admin, cancellationToken);
        logger.LogInformation("Created the first administrator {UserName} from configuration", admin.UserName);
    }
}
