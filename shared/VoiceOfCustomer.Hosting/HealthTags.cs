namespace VoiceOfCustomer.Hosting;

public static class HealthTags
{
    /// <summary>Checks that must pass before the service takes traffic: the database and the bus.</summary>
    public const string Ready = "ready";
}
