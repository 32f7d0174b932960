namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// P(p1 &gt;= c p2) for independent p1 ~ Beta(a1, b1) (a CSM's suppression rate for one segment) and p2 ~ Beta(a2, b2)
/// (the same CSM's rate for everyone else): the posterior probability that the risk ratio is at least c. Computed by
/// quadrature, not sampling: the narrower of the two densities is integrated against the other's distribution
/// function (the regularized incomplete beta), with panels placed around its mass and a change of variable where the
/// density is unbounded at an end.
/// </summary>
public static class RiskRatioPosterior
{
    private const double RelativeTolerance = 1e-11;
    private const double NegligibleLogDensity = 50;
    private const int MaxPanels = 400;
    private static readonly double[] SpreadSteps = [4, 12];

    /// <summary>
    /// The absolute error the per-CSM report allows: a probability shown as a percentage and compared with 0.99 needs no
    /// relative digits when it is tiny, and stopping there makes the report's 9,200 integrals about twice as fast.
    /// </summary>
    public const double ReportTolerance = 1e-9;

    /// <summary>The probability to 1e-11 relative (what the scipy agreement tests hold it to).</summary>
    public static double ProbabilityAtLeast(BetaDistribution cell, BetaDistribution rest, double ratio) =>
        ProbabilityAtLeast(cell, rest, ratio, 0);

    /// <summary>The probability to 1e-11 relative or <paramref name="absoluteTolerance"/>, whichever is reached first.</summary>
    public static double ProbabilityAtLeast(BetaDistribution cell, BetaDistribution rest, double ratio, double absoluteTolerance)
    {
        if (!(ratio >= 1) || double.IsInfinity(ratio))
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "The risk ratio threshold must be a finite number >= 1.");
        }

        if (rest.StandardDeviation * ratio <= cell.StandardDeviation)
        {
            // p2 has the narrower density: average P(p1 > c t) over p2 = t, for t up to 1 / c (beyond it p1 cannot reach c t).
            return Expect(rest, 1 / ratio, absoluteTolerance, t => IncompleteBeta.Complement(cell.A, cell.B, Math.Min(1, ratio * t)));
        }

        // p1 has the narrower density: average P(p2 <= s / c) over p1 = s.
        return Expect(cell, 1, absoluteTolerance, s => IncompleteBeta.Regularized(rest.A, rest.B, s / ratio));
    }

    /// <summary>The integral of density(t) h(t) over [0, top], top &lt;= 1.</summary>
    private static double Expect(BetaDistribution density, double top, double absoluteTolerance, Func<double, double> h)
    {
        var edges = Edges(density, top);
        var pieces = new List<Piece>(edges.Count);
        var last = edges.Count - 2;
        for (var i = 0; i <= last; i++)
        {
            var (left, right) = (edges[i], edges[i + 1]);
            pieces.Add(i == 0 && density.A < 1
                ? new Piece(FromBottom(density, h, right, 1 / density.A), 0, 1)
                : i == last && top == 1 && density.B < 1
                    ? new Piece(FromTop(density, h, left, 1 / density.B), 0, 1)
                    : new Piece(Plain(density, h), left, right));
        }

        return Math.Clamp(GaussKronrod.Integrate(pieces, RelativeTolerance, absoluteTolerance, MaxPanels), 0, 1);
    }

    private static Func<double, double> Plain(BetaDistribution d, Func<double, double> h)
    {
        // Where the density is below e^-50 of its peak, h (the costly part) cannot matter: the product stays under
        // 2e-22 of the peak, far inside the tolerance. A density unbounded at an end has no peak to compare with.
        var floor = d.A > 1 && d.B > 1 ? BinomialTerms.LogBetaDensity((d.A - 1) / (d.A + d.B - 2), d.A, d.B) - NegligibleLogDensity : double.NegativeInfinity;
        return t =>
        {
            var logDensity = BinomialTerms.LogBetaDensity(t, d.A, d.B);
            return logDensity < floor ? 0 : Math.Exp(logDensity) * h(t);
        };
    }

    // t = right u^k with k = 1 / a turns the t^(a-1) singularity at 0 into a bounded integrand in u.
    private static Func<double, double> FromBottom(BetaDistribution d, Func<double, double> h, double right, double k) => u =>
    {
        var t = right * Math.Pow(u, k);
        return t <= 0 ? 0 : Math.Exp(BinomialTerms.LogBetaDensity(t, d.A, d.B) + Math.Log(right * k) + ((k - 1) * Math.Log(u))) * h(t);
    };

    // 1 - t = (1 - left) u^k with k = 1 / b does the same for (1-t)^(b-1) at 1.
    private static Func<double, double> FromTop(BetaDistribution d, Func<double, double> h, double left, double k) => u =>
    {
        var gap = (1 - left) * Math.Pow(u, k);
        return gap <= 0 ? 0 : Math.Exp(BinomialTerms.LogBetaDensity(1 - gap, gap, d.A, d.B) + Math.Log((1 - left) * k) + ((k - 1) * Math.Log(u))) * h(1 - gap);
    };

    /// <summary>0, the mean plus and minus growing multiples of the standard deviation inside (0, top), and top.</summary>
    private static List<double> Edges(BetaDistribution d, double top)
    {
        var edges = new List<double>(2 + (2 * SpreadSteps.Length)) { 0, top };
        foreach (var step in SpreadSteps)
        {
            foreach (var edge in new[] { d.Mean - (step * d.StandardDeviation), d.Mean + (step * d.StandardDeviation) })
            {
                if (edge > 0 && edge < top)
                {
                    edges.Add(edge);
                }
            }
        }

        edges.Sort();
        return edges;
    }
}
