namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>A Beta(A, B) distribution of a suppression rate: a prior fitted across CSMs, or a posterior after counts.</summary>
public readonly record struct BetaDistribution(double A, double B)
{
    public double Mean => A / (A + B);

    public double StandardDeviation => Math.Sqrt(A * B / ((A + B) * (A + B) * (A + B + 1)));

    /// <summary>The posterior after <paramref name="suppressed"/> of <paramref name="triaged"/> items.</summary>
    public BetaDistribution After(long suppressed, long triaged) => new(A + suppressed, B + triaged - suppressed);
}
