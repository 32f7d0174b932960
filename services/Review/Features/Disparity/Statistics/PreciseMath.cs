namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>ln(1 + x) to full precision for small x (.NET's double.LogP1 is ln(x + 1), which loses the digits of a small x).</summary>
public static class PreciseMath
{
    public static double Log1P(double x)
    {
        var u = 1 + x;
        // ln(u) * x / (u - 1) corrects the rounding of 1 + x (Goldberg, "What every computer scientist should know...", theorem 4).
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }
}
