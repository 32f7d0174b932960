namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>A 2x2 table [[A, B], [C, D]]: rows are the segment and the rest, columns suppressed and not.</summary>
public readonly record struct Table2x2(long A, long B, long C, long D)
{
    public long Total => A + B + C + D;
}
