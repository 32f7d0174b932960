namespace VoiceOfCustomer.AllInOne.Demo;

/// <summary>The demo: --demo on the command line, or Demo:Enabled=true.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";
    public const string Switch = "--demo";

    public bool Enabled { get; set; }

    /// <summary>Where the demo users' passwords are kept (readable by the owner only); default: demo-users.json beside the database.</summary>
    public string? UsersFile { get; set; }
}
