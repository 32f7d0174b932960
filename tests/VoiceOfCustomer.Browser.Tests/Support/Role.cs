namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>The portal's roles, as the demo users file names them.</summary>
public static class Role
{
    public const string Csm = "csm";
    public const string Pm = "pm";
    public const string Auditor = "auditor";
    public const string Admin = "admin";
}
