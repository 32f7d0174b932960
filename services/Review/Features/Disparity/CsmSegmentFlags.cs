using VoiceOfCustomer.Review.Features.Disparity.Statistics;

namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>
/// The per-CSM report: the prior of suppression rates fitted across CSMs (method of moments), then for every CSM x
/// segment value with items, P(p_cell / p_rest &gt;= RR threshold) under the posteriors. Suppressions only; the
/// result does not depend on how the work is spread over threads.
/// </summary>
public static class CsmSegmentFlags
{
    public static CsmSegmentReport Compute(DecisionAccumulator counts, DisparityOptions options)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(options);
        var csms = counts.Csms;
        var prior = BetaBinomialPrior.Fit(
            Enumerable.Range(0, counts.CsmCount).Select(c => ((long)csms.Count(c, Outcome.Suppressed), (long)csms.Triaged(c))),
            options.PriorMaxStrength);
        var catalog = counts.Catalog;
        // CSMs are independent given the prior: computed in parallel, each into its own list, joined in CSM order.
        var perCsm = new List<CsmSegmentCell>[counts.CsmCount];
        Parallel.For(0, counts.CsmCount, c =>
        {
            var cells = perCsm[c] = [];
            long kCsm = csms.Count(c, Outcome.Suppressed), nCsm = csms.Triaged(c);
            for (var v = 0; v < catalog.ValueCount; v++)
            {
                var index = (c * catalog.ValueCount) + v;
                long n = counts.Cells.Triaged(index), k = counts.Cells.Count(index, Outcome.Suppressed);
                if (n == 0)
                {
                    continue;
                }

                var cell = prior.After(k, n);
                var rest = prior.After(kCsm - k, nCsm - n);
                var probability = RiskRatioPosterior.ProbabilityAtLeast(cell, rest, options.FlagMinRiskRatio, RiskRatioPosterior.ReportTolerance);
                cells.Add(new CsmSegmentCell(counts.CsmName(c), catalog.Attributes[catalog.AttributeOf(v)].Name, catalog.ValueName(v),
                    k, n, kCsm - k, nCsm - n, cell, rest, options.FlagMinRiskRatio, probability, probability >= options.CsmFlagProbability));
            }
        });

        return new CsmSegmentReport(prior, [.. perCsm.SelectMany(cells => cells)]);
    }
}

/// <summary>The per-CSM report: the prior fitted across CSMs and every CSM x segment cell with items.</summary>
public sealed record CsmSegmentReport(BetaDistribution Prior, IReadOnlyList<CsmSegmentCell> Cells);
