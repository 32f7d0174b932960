namespace VoiceOfCustomer.Contracts;

/// <summary>Why a sign-in was refused. The person signing in is told the same thing in every case; the audit log is told which.</summary>
public enum SignInFailureReason
{
    /// <summary>No user has this name.</summary>
    UnknownUser = 0,

    /// <summary>The password did not match.</summary>
    WrongPassword = 1,

    /// <summary>The user was deactivated.</summary>
    Inactive = 2,

    /// <summary>The user is locked out after too many failures (this attempt was not checked, or it started the lockout).</summary>
    LockedOut = 3,
}
