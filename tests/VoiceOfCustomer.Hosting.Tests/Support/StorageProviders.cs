using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Tests.Support;

/// <summary>The providers every conformance fixture runs against: all of them, so a new provider is covered the day it is added.</summary>
public static class StorageProviders
{
    public static IEnumerable<StorageProvider> All => Enum.GetValues<StorageProvider>();
}
