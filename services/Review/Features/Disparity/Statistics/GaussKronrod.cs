namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// Adaptive 15-point Gauss-Kronrod quadrature (the 7-point Gauss rule inside gives the error estimate).
/// Deterministic: the same integrand and pieces give the same sum to the last bit.
/// </summary>
public static class GaussKronrod
{
    // Kronrod nodes on [-1, 1] (positive half; 0 last) and weights; the Gauss weights belong to nodes 1, 3, 5 and 7.
    private static readonly double[] Nodes =
    [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
        0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0,
    ];

    private static readonly double[] KronrodWeights =
    [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
        0.140653259715525918745189590510238, 0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ];

    private static readonly double[] GaussWeights =
    [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780, 0.381830050505118944950369775488975,
        0.417959183673469387755102040816327,
    ];

    /// <summary>
    /// The sum of the integrals of each piece over its range. Globally adaptive (as QUADPACK's QAG): the panel with the
    /// largest error estimate is halved until the estimates add up to at most <paramref name="relativeTolerance"/> of
    /// the sum or to at most <paramref name="absoluteTolerance"/>, or until <paramref name="maxPanels"/> panels exist
    /// (then the best sum found is returned).
    /// </summary>
    public static double Integrate(IReadOnlyList<Piece> pieces, double relativeTolerance, double absoluteTolerance, int maxPanels)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var panels = new List<(Piece Piece, double Estimate, double Error)>(pieces.Count + 16);
        foreach (var piece in pieces)
        {
            panels.Add((piece, Panel(piece.F, piece.A, piece.B, out var error), error));
        }

        while (panels.Count < maxPanels)
        {
            double sum = 0, errors = 0;
            var worst = 0;
            for (var i = 0; i < panels.Count; i++)
            {
                sum += panels[i].Estimate;
                errors += panels[i].Error;
                if (panels[i].Error > panels[worst].Error)
                {
                    worst = i;
                }
            }

            if (double.IsNaN(sum) || double.IsNaN(errors))
            {
                throw new InvalidOperationException("The integrand gave NaN.");
            }

            if (errors <= Math.Max(relativeTolerance * Math.Abs(sum), absoluteTolerance) || panels[worst].Error == 0)
            {
                break;
            }

            var (piece, _, _) = panels[worst];
            var middle = 0.5 * (piece.A + piece.B);
            var left = piece with { B = middle };
            var right = piece with { A = middle };
            panels[worst] = (left, Panel(left.F, left.A, left.B, out var leftError), leftError);
            panels.Add((right, Panel(right.F, right.A, right.B, out var rightError), rightError));
        }

        return panels.Sum(p => p.Estimate);
    }

    /// <summary>The 15-point estimate over [a, b] and the size of its difference from the 7-point one.</summary>
    public static double Panel(Func<double, double> f, double a, double b, out double error)
    {
        ArgumentNullException.ThrowIfNull(f);
        var center = 0.5 * (a + b);
        var half = 0.5 * (b - a);
        var middle = f(center);
        var kronrod = middle * KronrodWeights[7];
        var gauss = middle * GaussWeights[3];
        for (var i = 0; i < 7; i++)
        {
            var offset = half * Nodes[i];
            var pair = f(center - offset) + f(center + offset);
            kronrod += KronrodWeights[i] * pair;
            if (i % 2 == 1)
            {
                gauss += GaussWeights[i / 2] * pair;
            }
        }

        error = Math.Abs((kronrod - gauss) * half);
        return kronrod * half;
    }
}

/// <summary>A piece of an integral: the integrand and the range it is integrated over.</summary>
public readonly record struct Piece(Func<double, double> F, double A, double B);
