namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>Why a suppression is in the review queue, as stored in review_holds.kind.</summary>
public static class HoldKinds
{
    /// <summary>The item's account is in an under-represented segment: the suppression waits for a second person.</summary>
    public const string Held = "held";

    /// <summary>Drawn at random among the other suppressions (Review:SampleShare), to measure what the flags miss.</summary>
    public const string Sampled = "sampled";
}
