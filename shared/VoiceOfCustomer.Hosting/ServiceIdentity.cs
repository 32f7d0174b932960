namespace VoiceOfCustomer.Hosting;

/// <summary>The name of the service (or "all-in-one") this process runs, as given to AddServiceDefaults.</summary>
public sealed record ServiceIdentity(string Name);
