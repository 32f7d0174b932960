using System.Globalization;
using System.Text;
using VoiceOfCustomer.Taggers.Similarity;
using VoiceOfCustomer.Tagging.Evaluation.Taxonomy;

namespace VoiceOfCustomer.Tagging.Evaluation.Similarity;

/// <summary>
/// The similar-request index on generated requests of known membership (<see cref="RequestFamilies"/>): query time
/// (p50, p99) and precision at 1 at 10,000 and 100,000 requests, with the default pruning and without any.
/// </summary>
internal sealed class SimilarityEvaluation : IEvaluation
{
    private const int Queries = 2_000;
    private const int K = 5;

    public string Name => "similarity";

    public int Order => 50;

    public Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var exact = new SimilarRequestIndexOptions { MaxDocumentFrequencyShare = 1.0, MaxPostingsWalked = int.MaxValue };
        var report = new StringBuilder()
            .AppendLine("## Similar requests")
            .AppendLine()
            .AppendLine("Generated requests of known membership (tests/VoiceOfCustomer.Tagging.Evaluation/Similarity/RequestFamilies.cs): a")
            .AppendLine("family is one intent (action, object, context, qualifier; 120,000 in all), each slot with three wordings. A request")
            .AppendLine("is indexed as its title plus one member item; each query is a new item for a family in the index, in wordings and a")
            .AppendLine("sentence template drawn at random. Neighbouring families differ by one slot, so this is harder than real requests,")
            .AppendLine(CultureInfo.InvariantCulture, $"and it is written by us, not by customers (the demo-data measurement is to come). {Queries:N0} queries, k = {K}; times")
            .AppendLine("are per query on one thread after a warm-up; CPU is this process's CPU time (the machine is shared, so wall clock")
            .AppendLine("mostly measures the neighbours).")
            .AppendLine()
            .AppendLine("| requests | walking | P@1 | in top 5 | p50 wall | p99 wall | CPU per query | build (CPU) | memory | pre-filled (≥ 0.5) | pre-filled correct |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var size in new[] { 10_000, 100_000 })
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.Log.WriteLine($"similarity: {size:N0} requests");
            report.AppendLine(Measure(size, new SimilarRequestIndexOptions(), "pruned (default)"));
            report.AppendLine(Measure(size, exact, "every posting"));
        }

        report.AppendLine()
            .AppendLine("Pruned: terms in more than 15% of requests are not walked (from 2,000 requests on) and at most 100,000 postings")
            .AppendLine("are walked per query, rarest terms first. Memory is the managed heap growth while building the index.");
        return Task.FromResult(report.ToString());
    }

    private static string Measure(int size, SimilarRequestIndexOptions options, string walking)
    {
        var families = new RequestFamilies(seed: size);
        var indexed = families.Sample(size);
        var ids = indexed.ToDictionary(_ => Guid.NewGuid());
        var familyOf = ids.ToDictionary(p => p.Key, p => p.Value);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var build = new ProcessCpuTime();
        using var index = new SimilarRequestIndex(options);
        foreach (var (id, family) in ids)
        {
            index.Add(id, RequestFamilies.RequestText(family));
        }

        var buildCpu = build.CpuSoFar;
        var memory = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var queries = indexed.OrderBy(f => f % 7919).Take(Queries).Select(f => (Family: f, Text: families.NewItem(f))).ToList();
        foreach (var (_, text) in queries.Take(200))
        {
            index.Query(text, K); // warm-up
        }

        var times = new List<double>(queries.Count);
        int first = 0, inTop = 0, prefilled = 0, prefilledRight = 0;
        var clock = new ProcessCpuTime();
        foreach (var (family, text) in queries)
        {
            var start = clock.Wall;
            var result = index.Query(text, K);
            times.Add((clock.Wall - start).TotalMicroseconds);
            first += result.Matches.Count > 0 && familyOf[result.Matches[0].RequestId] == family ? 1 : 0;
            inTop += result.Matches.Any(m => familyOf[m.RequestId] == family) ? 1 : 0;
            prefilled += result.Prefill is null ? 0 : 1;
            prefilledRight += result.Prefill is { } p && familyOf[p.RequestId] == family ? 1 : 0;
        }

        var cpu = clock.CpuSoFar.TotalMicroseconds / queries.Count;
        times.Sort();
        GC.KeepAlive(index);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {walking} | {Percent(first, queries.Count)} | {Percent(inTop, queries.Count)} | {times[times.Count / 2]:F0} µs | {times[(int)(times.Count * 0.99)]:F0} µs | {cpu:F0} µs | {buildCpu.TotalSeconds:F1} s | {memory / 1e6:F0} MB | {Percent(prefilled, queries.Count)} | {Percent(prefilledRight, prefilled)} |");
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
