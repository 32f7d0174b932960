namespace VoiceOfCustomer.AllInOne.Demo;

internal static class DemoSwitch
{
    /// <summary>Seeds the demo data into an empty database. Not a configuration key, so it is taken off the command line.</summary>
    public const string Name = "--demo";
}
