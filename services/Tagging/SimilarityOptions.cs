using System.ComponentModel.DataAnnotations;
using VoiceOfCustomer.Taggers.Similarity;

namespace VoiceOfCustomer.Tagging;

/// <summary>When a similar request is pre-filled for the CSM (Tagging:Similarity), and how many are looked at.</summary>
public sealed class SimilarityOptions
{
    public const string Section = "Tagging:Similarity";

    /// <summary>A best match at or above this cosine is pre-filled as "merge into"; the library's default unless set.</summary>
    [Range(0.0, 1.0)]
    public double PrefillThreshold { get; set; } = new SimilarRequestIndexOptions().PrefillThreshold;

    /// <summary>How often, at most, an instance reads what other Tagging instances changed before tagging items.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CatchUpEvery { get; set; } = TimeSpan.FromSeconds(2);
}
