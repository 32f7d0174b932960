namespace VoiceOfCustomer.Review.Features.Disparity.Statistics;

/// <summary>
/// Benjamini-Hochberg adjusted p-values (q-values), as statsmodels multipletests(p, method='fdr_bh')[1]: sorted
/// ascending, q_(i) = min over j &gt;= i of p_(j) n / j, at most 1, returned in the input's order.
/// </summary>
public static class BenjaminiHochberg
{
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var n = pValues.Count;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (!(pValues[i] >= 0 && pValues[i] <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), pValues[i], "A p-value must lie in [0, 1].");
            }

            order[i] = i;
        }

        // Tied p-values end with the same q whatever their order, so the sort need not be stable.
        Array.Sort(order, (x, y) => pValues[x].CompareTo(pValues[y]));
        var q = new double[n];
        var running = double.PositiveInfinity;
        for (var rank = n; rank >= 1; rank--)
        {
            var index = order[rank - 1];
            running = Math.Min(running, pValues[index] / ((double)rank / n));
            q[index] = Math.Min(1, running);
        }

        return q;
    }
}
