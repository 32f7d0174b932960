namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// The regularized incomplete beta function I_x(a, b) = P(Beta(a, b) &lt;= x), by its continued fraction (DLMF 8.17.22)
/// evaluated with the modified Lentz method, on the side of the mean where it converges fast.
/// </summary>
public static class IncompleteBeta
{
    private const double Tiny = 1e-300;
    private const double Tolerance = 1e-15;
    private const int MaxIterations = 1_000_000;

    /// <summary>I_x(a, b) for a, b &gt; 0 and 0 &lt;= x &lt;= 1.</summary>
    public static double Regularized(double a, double b, double x)
    {
        Check(a, b, x);
        if (x == 0 || x == 1)
        {
            return x;
        }

        // The fraction converges quickly below (a + 1) / (a + b + 2); above it, I_x(a, b) = 1 - I_(1-x)(b, a).
        return x < (a + 1) / (a + b + 2)
            ? LowerSide(a, b, x)
            : 1 - LowerSide(b, a, 1 - x);
    }

    /// <summary>P(Beta(a, b) &gt; x) = 1 - I_x(a, b), computed on the side that keeps its digits (no 1 - x for a tiny x).</summary>
    public static double Complement(double a, double b, double x)
    {
        if (x is > 0 and < 1)
        {
            Check(a, b, x);
            return x < (a + 1) / (a + b + 2) ? 1 - LowerSide(a, b, x) : LowerSide(b, a, 1 - x);
        }

        return 1 - Regularized(a, b, x);
    }

    private static void Check(double a, double b, double x)
    {
        if (!(a > 0) || !(b > 0) || double.IsInfinity(a) || double.IsInfinity(b))
        {
            throw new ArgumentOutOfRangeException(nameof(a), $"I_x(a, b) needs finite a, b > 0 (a = {a}, b = {b}).");
        }

        if (!(x >= 0 && x <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "I_x(a, b) needs 0 <= x <= 1.");
        }
    }

    private static double LowerSide(double a, double b, double x)
    {
        // x^a (1-x)^b / (a B(a, b)) is x (1-x) / a times the Beta density, whose log is computed without cancellation.
        var logFront = Math.Log(x) + PreciseMath.Log1P(-x) - Math.Log(a) + BinomialTerms.LogBetaDensity(x, a, b);
        return Math.Exp(logFront) * ContinuedFraction(a, b, x);
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        var c = 1.0;
        var d = Guard(1 - ((a + b) * x / (a + 1)));
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= MaxIterations; m++)
        {
            var even = m * (b - m) * x / ((a + (2 * m) - 1) * (a + (2 * m)));
            d = 1 / Guard(1 + (even * d));
            c = Guard(1 + (even / c));
            h *= d * c;
            var odd = -(a + m) * (a + b + m) * x / ((a + (2 * m)) * (a + (2 * m) + 1));
            d = 1 / Guard(1 + (odd * d));
            c = Guard(1 + (odd / c));
            var step = d * c;
            h *= step;
            if (Math.Abs(step - 1) < Tolerance)
            {
                return h;
            }
        }

        throw new InvalidOperationException($"The incomplete beta continued fraction did not converge (a = {a}, b = {b}, x = {x}).");
    }

    private static double Guard(double value) => Math.Abs(value) < Tiny ? Tiny : value;
}
