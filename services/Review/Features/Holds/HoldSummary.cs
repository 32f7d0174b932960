using VoiceOfCustomer.Review.Features.Disparity.Statistics;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>
/// The review queue in figures. MissRate is the share of resolved samples (suppressions outside under-represented
/// segments, drawn at random) that reviewers reinstated: how often a suppression the flags did not catch was wrong.
/// It is null until a sample is resolved, with its 95% Wilson interval beside it.
/// </summary>
public sealed record HoldSummary(
    HoldCounts Held, HoldCounts Sampled, double SampleShare, double? MissRate, Interval? MissRateInterval, string Sentence)
{
    public static HoldSummary Of(IReadOnlyList<HoldCounts> counts, double sampleShare)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var held = counts.FirstOrDefault(c => c.Kind == HoldKinds.Held) ?? new HoldCounts { Kind = HoldKinds.Held };
        var sampled = counts.FirstOrDefault(c => c.Kind == HoldKinds.Sampled) ?? new HoldCounts { Kind = HoldKinds.Sampled };
        var resolved = sampled.Reinstated + sampled.Confirmed;
        if (resolved == 0)
        {
            return new HoldSummary(held, sampled, sampleShare, null, null,
                "No sampled suppression has been resolved yet, so the miss rate is not known.");
        }

        var rate = (double)sampled.Reinstated / resolved;
        var interval = WilsonInterval.Of(sampled.Reinstated, resolved);
        return new HoldSummary(held, sampled, sampleShare, rate, interval, FormattableString.Invariant(
            $"Reviewers reinstated {sampled.Reinstated} of {resolved} sampled suppressions ({rate:P1}, 95% interval {interval.Low:P1} to {interval.High:P1}): suppressions outside under-represented segments that were wrong."));
    }
}
