using System.ComponentModel.DataAnnotations;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>How suppressions are reviewed (section Review): the share sampled at random, and who may be the second person.</summary>
public sealed class HoldOptions
{
    public const string Section = "Review";

    /// <summary>Share of suppressions outside under-represented segments sampled for review, to measure what the flags miss.</summary>
    [Range(0.0, 1.0)]
    public double SampleShare { get; set; } = 0.05;

    /// <summary>Who resolves holds besides auditors: Auditor (auditors only) or Csm (also any CSM other than the one who suppressed).</summary>
    public SecondPerson SecondPerson { get; set; } = SecondPerson.Auditor;
}

/// <summary>Who may give the second look of the two-person rule, besides auditors.</summary>
public enum SecondPerson
{
    /// <summary>Only auditors resolve holds.</summary>
    Auditor = 0,

    /// <summary>Auditors, and CSMs other than the one who suppressed the item.</summary>
    Csm = 1,
}
