namespace VoiceOfCustomer.Contracts;

/// <summary>Where a feedback item is in the pipeline, in the order it moves through the services.</summary>
public enum PipelineStage
{
    /// <summary>Accepted by Ingestion and written with its outbox row.</summary>
    Submitted = 0,

    /// <summary>Tagging has recorded its tags for the item.</summary>
    Tagged = 1,

    /// <summary>Prioritization has put the item in the owning CSM's triage inbox.</summary>
    Queued = 2,

    /// <summary>Review has registered the item, so its triage is measured for disparity.</summary>
    Watched = 3,
}
