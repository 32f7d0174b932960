namespace VoiceOfCustomer.Portal.Features.Users;

/// <summary>/api/users: admins create users, change their role, deactivate them and reset passwords.</summary>
public static class UserEndpoints
{
    public sealed record UserView(string UserName, string DisplayName, string Role, bool IsActive, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt)
    {
        public static UserView Of(PortalUser user) => new(user.UserName, user.DisplayName, user.Role, user.IsActive, user.LockedUntil, user.CreatedAt);
    }

    public sealed record PasswordChange(string? Password);

    public static async Task<IResult> ListAsync(UserAccounts users, CancellationToken cancellationToken) =>
        TypedResults.Ok((await users.ListAsync(cancellationToken)).Select(UserView.Of));

    public static async Task<IResult> CreateAsync(NewUserInput input, UserAdministration users, CancellationToken cancellationToken) =>
        Answer(await users.CreateAsync(input, cancellationToken), created => TypedResults.Created($"/api/users/{created.UserName}", UserView.Of(created)));

    public static async Task<IResult> ChangeAsync(string userName, UserChange change, UserAdministration users, CancellationToken cancellationToken) =>
        Answer(await users.ChangeAsync(userName, change, cancellationToken), user => TypedResults.Ok(UserView.Of(user)));

    public static async Task<IResult> SetPasswordAsync(string userName, PasswordChange change, UserAdministration users, CancellationToken cancellationToken) =>
        Answer(await users.SetPasswordAsync(userName, change.Password, cancellationToken), _ => TypedResults.NoContent());

    private static IResult Answer(UserOutcome outcome, Func<PortalUser, IResult> done) =>
        outcome.User is { } user ? done(user) : Refused(outcome);

    private static IResult Refused(UserOutcome outcome) =>
        outcome.Errors!.ToProblem(outcome.Status, outcome.Status == StatusCodes.Status404NotFound ? "No such user." : "The request is not valid.");
}
