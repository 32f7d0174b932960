using System.ComponentModel.DataAnnotations;

namespace VoiceOfCustomer.Ingestion;

public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Longest feedback text accepted, in characters.</summary>
    [Range(100, 100_000)]
    public int MaxTextLength { get; set; } = 10_000;

    /// <summary>Largest JSON request body accepted by the feedback and accounts API, in bytes.</summary>
    [Range(1_024, 10_485_760)]
    public long MaxRequestBytes { get; set; } = 262_144;

    /// <summary>Largest CSV file accepted by an import, in bytes.</summary>
    [Range(1_024, 53_687_091_200)]
    public long MaxImportBytes { get; set; } = 2_147_483_648;

    /// <summary>Rows written per import transaction.</summary>
    [Range(1, 50_000)]
    public int ImportBatchSize { get; set; } = 10_000;

    /// <summary>
    /// Items published to the pipeline and not yet through it, at most (give or take a few hundred): past this the
    /// outbox relay waits and a large import's backlog stays in the outbox table instead of the bus's memory. The
    /// default is a few times what the stage consumers hold at once (batches of 100, two at a time, per stage), and
    /// costs some 20 MB on the in-memory bus.
    /// </summary>
    [Range(100, 10_000_000)]
    public int MaxInFlight { get; set; } = 2_000;

    /// <summary>An item that has not moved for this long is re-published by the reconciler.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the reconciler looks for stuck items.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromSeconds(30);
}
