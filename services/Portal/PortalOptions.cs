using System.ComponentModel.DataAnnotations;

namespace VoiceOfCustomer.Portal;

/// <summary>The portal's sign-in rules and where it finds the services' APIs.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Failed sign-ins in a row before the user is locked out.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a lockout lasts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The largest CSV file the import page accepts, in bytes (the API's own limit is Ingestion:MaxImportBytes).</summary>
    [Range(1_000_000, 2_147_483_648)]
    public long MaxUploadBytes { get; set; } = 512_000_000;

    /// <summary>Base address of the Ingestion API; empty means this process serves it (the all-in-one host).</summary>
    public Uri? IngestionApi { get; set; }

    /// <summary>Base address of the Prioritization API (triage, the queue); empty means this process serves it.</summary>
    public Uri? PrioritizationApi { get; set; }

    /// <summary>Base address of the Review API (the audit log); empty means this process serves it.</summary>
    public Uri? ReviewApi { get; set; }

    /// <summary>Base address of the Tagging API (tags, corrections, the taxonomy); empty means this process serves it.</summary>
    public Uri? TaggingApi { get; set; }
}
