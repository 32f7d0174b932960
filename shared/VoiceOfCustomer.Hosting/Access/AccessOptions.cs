using System.ComponentModel.DataAnnotations;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>Sign-in sessions and the key ring that protects them and the API keys.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// Folder of the data-protection key ring that signs session cookies and API keys. Every process of one
    /// installation must share it; empty keeps the keys in memory (nothing survives a restart).
    /// </summary>
    public string? KeysFolder { get; set; }

    /// <summary>How long a portal session lasts without activity.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a service trusts its copy of a user's access before reading it again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ReplicaCacheFor { get; set; } = TimeSpan.FromSeconds(10);
}
