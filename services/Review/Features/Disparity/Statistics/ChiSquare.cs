namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// The chi-square distribution with one degree of freedom: P(X &gt; x) = Q(1/2, x/2), the regularized upper incomplete
/// gamma function, by its series below x/2 = 1.5 and its continued fraction (modified Lentz) above.
/// </summary>
public static class ChiSquare
{
    private const double Shape = 0.5;
    private const double LogGammaOfHalf = 0.57236494292470008707; // ln sqrt(pi)
    private const double Tiny = 1e-300;
    private const double Tolerance = 1e-16;
    private const double FractionTolerance = 1e-15;

    /// <summary>P(X &gt; x) for X chi-square with one degree of freedom; 1 for x &lt;= 0.</summary>
    public static double OneDegreeSurvival(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x <= 0)
        {
            return 1;
        }

        if (double.IsPositiveInfinity(x))
        {
            return 0;
        }

        var y = x / 2;
        var logFront = -y + (Shape * Math.Log(y)) - LogGammaOfHalf;
        return y < 1.5 ? 1 - (Math.Exp(logFront) * LowerSeries(y)) : Math.Exp(logFront) * UpperFraction(y);
    }

    // P(a, y) = y^a e^-y / Gamma(a) * sum_n y^n / (a (a + 1) ... (a + n)).
    private static double LowerSeries(double y)
    {
        var term = 1 / Shape;
        var sum = term;
        for (var n = 1; n < 1000; n++)
        {
            term *= y / (Shape + n);
            sum += term;
            if (term < sum * Tolerance)
            {
                break;
            }
        }

        return sum;
    }

    // Q(a, y) = y^a e^-y / Gamma(a) * 1 / (y + 1 - a - 1 (1 - a) / (y + 3 - a - 2 (2 - a) / (y + 5 - a - ...))).
    private static double UpperFraction(double y)
    {
        var b = y + 1 - Shape;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 10_000; i++)
        {
            var an = -i * (i - Shape);
            b += 2;
            d = (an * d) + b;
            d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
            c = b + (an / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            var step = d * c;
            h *= step;
            if (Math.Abs(step - 1) < FractionTolerance)
            {
                break;
            }
        }

        return h;
    }
}
