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
    private const double RelativeTolerance = 1e-13;
    private static readonly double[] SpreadSteps = [2, 6, 20, 60];

    public static double ProbabilityAtLeast(BetaDistribution cell, BetaDistribution rest, double ratio)
    {
        if (!(ratio >= 1) || double.IsInfinity(ratio))
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "The risk ratio threshold must be a finite number >= 1.");
        }

        if (rest.StandardDeviation * ratio <= cell.StandardDeviation)
        {
            // p2 has the narrower density: average P(p1 > c t) over p2 = t, for t up to 1 / c (beyond it p1 cannot reach c t).
            return Expect(rest, 1 / ratio, t => IncompleteBeta.Complement(cell.A, cell.B, Math.Min(1, ratio * t)));
        }

        // p1 has the narrower density: average P(p2 <= s / c) over p1 = s.
        return Expect(cell, 1, s => IncompleteBeta.Regularized(rest.A, rest.B, s / ratio));
    }

    /// <summary>The integral of density(t) h(t) over [0, top], top &lt;= 1.</summary>
    private static double Expect(BetaDistribution density, double top, Func<double, double> h)
    {
        var edges = Edges(density, top);
        var panels = new List<Func<double, double>>(edges.Count);
        var first = 0;
        var last = edges.Count - 2;
        for (var i = 0; i <= last; i++)
        {
            var (left, right) = (edges[i], edges[i + 1]);
            panels.Add(i == first && density.A < 1
                ? FromBottom(density, h, right, 1 / density.A)
                : i == last && top == 1 && density.B < 1
                    ? FromTop(density, h, left, 1 / density.B)
                    : Plain(density, h));
        }

        // A first pass sets the absolute tolerance from the size of the whole integral.
        var estimates = new double[panels.Count];
        var total = 0.0;
        for (var i = 0; i < panels.Count; i++)
        {
            var (left, right) = Bounds(i, edges, density, top);
            estimates[i] = GaussKronrod.Panel(panels[i], left, right, out _);
            total += estimates[i];
        }

        if (total <= 0)
        {
            return 0;
        }

        var sum = 0.0;
        for (var i = 0; i < panels.Count; i++)
        {
            var (left, right) = Bounds(i, edges, density, top);
            sum += GaussKronrod.Integrate(panels[i], left, right, RelativeTolerance * total);
        }

        return Math.Min(1, sum);
    }

    /// <summary>A substituted panel runs over u in [0, 1]; a plain one over its own edges.</summary>
    private static (double Left, double Right) Bounds(int i, List<double> edges, BetaDistribution density, double top) =>
        (i == 0 && density.A < 1) || (i == edges.Count - 2 && top == 1 && density.B < 1) ? (0, 1) : (edges[i], edges[i + 1]);

    private static Func<double, double> Plain(BetaDistribution d, Func<double, double> h) =>
        t => Math.Exp(BinomialTerms.LogBetaDensity(t, d.A, d.B)) * h(t);

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
        return gap <= 0 ? 0 : Math.Exp(BinomialTerms.LogBetaDensity(1 - gap, d.A, d.B) + Math.Log((1 - left) * k) + ((k - 1) * Math.Log(u))) * h(1 - gap);
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

        if (d.Mean < top)
        {
            edges.Add(d.Mean);
        }

        edges.Sort();
        return edges;
    }
}
