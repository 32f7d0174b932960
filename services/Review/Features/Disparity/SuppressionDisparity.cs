using VoiceOfCustomer.Review.Features.Disparity.Statistics;

namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>
/// The disparity report of a window from its counts: every segment value against the rest of its attribute and every
/// two-way intersection cell with enough items against the other cells, for suppressions and deprioritizations;
/// one Benjamini-Hochberg family over all these tests; each segment's crude flag checked by CMH stratified by CSM.
/// </summary>
public static class SuppressionDisparity
{
    public static DisparityReport Compute(DecisionAccumulator counts, DisparityOptions options)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(options);
        var tests = new List<PendingRow>();
        foreach (var outcome in new[] { Outcome.Suppressed, Outcome.Deprioritized })
        {
            AddSegments(counts, outcome, options, tests);
            AddIntersections(counts, outcome, options, tests);
        }

        var q = BenjaminiHochberg.Adjust([.. tests.Select(t => t.Fisher.PValue)]);
        var rows = tests.Select((t, i) => Conclude(t, q[i], options)).ToList();
        return new DisparityReport(
            [.. rows.Where(r => r.Stratified is not null)],
            [.. rows.Where(r => r.Stratified is null)]);
    }

    private static void AddSegments(DecisionAccumulator counts, Outcome outcome, DisparityOptions options, List<PendingRow> tests)
    {
        var catalog = counts.Catalog;
        var values = catalog.ValueCount;
        for (var a = 0; a < catalog.Attributes.Count; a++)
        {
            // Per CSM, the attribute's items with a known value: the strata's totals.
            var csmK = new long[counts.CsmCount];
            var csmN = new long[counts.CsmCount];
            for (var c = 0; c < counts.CsmCount; c++)
            {
                for (var v = catalog.FirstValue(a); v < catalog.EndValue(a); v++)
                {
                    csmK[c] += counts.Cells.Count((c * values) + v, outcome);
                    csmN[c] += counts.Cells.Triaged((c * values) + v);
                }
            }

            long kAll = csmK.Sum(), nAll = csmN.Sum();
            for (var v = catalog.FirstValue(a); v < catalog.EndValue(a); v++)
            {
                var strata = new Table2x2[counts.CsmCount];
                long k = 0, n = 0;
                for (var c = 0; c < counts.CsmCount; c++)
                {
                    long kc = counts.Cells.Count((c * values) + v, outcome), nc = counts.Cells.Triaged((c * values) + v);
                    k += kc;
                    n += nc;
                    strata[c] = new Table2x2(kc, nc - kc, csmK[c] - kc, csmN[c] - nc - (csmK[c] - kc));
                }

                if (n > 0)
                {
                    var stratified = MantelHaenszel.Test(strata, options.StratifiedContinuityCorrection);
                    tests.Add(Pending(catalog.Attributes[a], catalog.ValueName(v), outcome, k, n, kAll - k, nAll - n, stratified));
                }
            }
        }
    }

    private static void AddIntersections(DecisionAccumulator counts, Outcome outcome, DisparityOptions options, List<PendingRow> tests)
    {
        var catalog = counts.Catalog;
        for (var i = 0; i < counts.Intersections.Count; i++)
        {
            var (first, second) = counts.Intersections[i];
            var cells = counts.IntersectionCells[i];
            long kAll = 0, nAll = 0;
            for (var cell = 0; cell < cells.Length; cell++)
            {
                kAll += cells.Count(cell, outcome);
                nAll += cells.Triaged(cell);
            }

            var width = catalog.EndValue(second) - catalog.FirstValue(second);
            var pair = new SegmentDimension($"{catalog.Attributes[first].Name} x {catalog.Attributes[second].Name}", "combinations", []);
            for (var cell = 0; cell < cells.Length; cell++)
            {
                long k = cells.Count(cell, outcome), n = cells.Triaged(cell);
                if (n >= options.IntersectionMinItems)
                {
                    var name = $"{catalog.ValueName(catalog.FirstValue(first) + (cell / width))} x {catalog.ValueName(catalog.FirstValue(second) + (cell % width))}";
                    tests.Add(Pending(pair, name, outcome, k, n, kAll - k, nAll - n, stratified: null));
                }
            }
        }
    }

    private static PendingRow Pending(SegmentDimension attribute, string segment, Outcome outcome, long k, long n, long kRest, long nRest, MantelHaenszelResult? stratified) =>
        new(attribute, segment, outcome, k, n, kRest, nRest, FisherExact.Greater(k, n - k, kRest, nRest - kRest), stratified);

    private static DisparityRow Conclude(PendingRow t, double q, DisparityOptions options)
    {
        var rate = (double)t.K / t.N;
        var restRate = t.NRest > 0 ? (double)t.KRest / t.NRest : double.NaN;
        var riskRatio = rate / restRate;
        var excess = t.K - (t.N * restRate);
        var verdict = Verdict.NoDisparityFound;
        if (t.N < options.MinTriaged || !(t.N * restRate >= options.MinExpected))
        {
            verdict = Verdict.InsufficientEvidence;
        }
        else if (q <= options.FlagMaxQ && riskRatio >= options.FlagMinRiskRatio && excess >= options.FlagMinExcess)
        {
            // A segment routed to stricter CSMs is not biased against: the comparison within each CSM must agree.
            verdict = t.Stratified is not { } s || (s.PValue <= options.StratifiedMaxP && s.PooledOddsRatio > 1)
                ? Verdict.Flagged
                : Verdict.ExplainedByCsmMix;
        }

        var row = new DisparityRow(t.Attribute.Name, t.Segment, t.Outcome, t.K, t.N, t.KRest, t.NRest, rate, WilsonInterval.Of(t.K, t.N),
            restRate, t.NRest > 0 ? WilsonInterval.Of(t.KRest, t.NRest) : null, riskRatio, excess, t.Fisher.PValue, q, t.Stratified, verdict, "");
        return row with { Sentence = DisparitySentences.For(row, t.Attribute.OthersLabel) };
    }

    private sealed record PendingRow(
        SegmentDimension Attribute, string Segment, Outcome Outcome, long K, long N, long KRest, long NRest, FisherResult Fisher, MantelHaenszelResult? Stratified);
}

/// <summary>A window's disparity report: segments against the rest of their attribute, and two-way intersection cells.</summary>
public sealed record DisparityReport(IReadOnlyList<DisparityRow> Segments, IReadOnlyList<DisparityRow> Intersections);
