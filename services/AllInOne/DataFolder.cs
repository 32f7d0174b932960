namespace VoiceOfCustomer.AllInOne;

/// <summary>
/// Where the embedded database lives unless Storage:ConnectionString says otherwise: $VOC_DATA, or the
/// user's local application data folder (~/.local/share/voiceofcustomer on Linux), never the source tree.
/// </summary>
internal static class DataFolder
{
    public static string Resolve() =>
        Environment.GetEnvironmentVariable("VOC_DATA") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "voiceofcustomer");

    /// <summary>The database file and the key ring (sessions and API keys) live in the data folder unless configured elsewhere.</summary>
    public static void UseByDefault(ConfigurationManager configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["Storage:ConnectionString"]))
        {
            configuration["Storage:ConnectionString"] = $"Data Source={Path.Combine(Resolve(), "voc.db")}";
        }

        if (string.IsNullOrWhiteSpace(configuration["Access:KeysFolder"]))
        {
            configuration["Access:KeysFolder"] = Path.Combine(Resolve(), "keys");
        }
    }
}
