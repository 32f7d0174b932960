using System.ComponentModel.DataAnnotations;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>The reports' rolling window and how often they are brought up to date (section Review).</summary>
public sealed class ReviewWindowOptions
{
    public const string Section = "Review";

    /// <summary>Decisions and feedback older than this are out of the reports.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(90);

    /// <summary>At most one recompute per this interval, however many decisions arrive (the debounce).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan RecomputeEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>With nothing rung, the refresher still looks for decisions recorded by other copies of Review this often.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The counts are rebuilt from the table this often, so decisions that left the window stop counting.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RebuildEvery { get; set; } = TimeSpan.FromHours(1);
}
