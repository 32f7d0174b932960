using System.Diagnostics;
using VoiceOfCustomer.Benchmarks.Measure;
using VoiceOfCustomer.Benchmarks.Report;
using VoiceOfCustomer.Taggers;
using VoiceOfCustomer.Taggers.Similarity;

namespace VoiceOfCustomer.Benchmarks.Scenarios;

/// <summary>
/// Full tagging of one item on one thread, in this process with no host: FeedbackTagger (language, sentiment, kind,
/// churn risk, area, personal data, severity; what the CLI and the service run) over <see cref="TaggingTexts"/>.
/// Model load time is taken first, in this fresh process; the working set after loading and tagging. The
/// similar-request query is measured apart, over an index of --requests documents, as the service skips it when empty.
/// </summary>
internal static class TaggingScenario
{
    public static Task<ScenarioResult> RunAsync(BenchmarkOptions options, ScenarioResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        result.LoadBefore = MachineInfo.LoadAverage();
        var clock = Stopwatch.StartNew();
        var tagger = FeedbackTagger.LoadDefault();
        var load = clock.Elapsed;
        var texts = TaggingTexts.Load();
        var checksum = texts.Sum(t => tagger.Tag(t.Text, t.Language).All.Count); // warm-up pass
        var (index, build) = BuildIndex(texts, options.Requests);
        using (index)
        {
            for (var run = 1; run <= options.Runs; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                clock.Restart();
                for (var i = 0; i < options.Items; i++)
                {
                    var (language, text) = texts[i % texts.Count];
                    checksum += tagger.Tag(text, language).All.Count;
                }

                var tagging = clock.Elapsed;
                clock.Restart();
                for (var q = 0; q < options.Queries; q++)
                {
                    checksum += index.Query(texts[(q * 7919) % texts.Count].Text, 1).Matches.Count;
                }

                var queries = clock.Elapsed;
                var workingSet = Environment.WorkingSet / (1024.0 * 1024);
                Console.WriteLine($"run {run}/{options.Runs}: tagged {options.Items:N0} items in {tagging.TotalSeconds:0.000} s, {options.Queries} similarity queries in {queries.TotalSeconds:0.000} s (checksum {checksum})");
                result.Runs.Add(
                [
                    new Figure("items/s", options.Items / tagging.TotalSeconds, "/s"),
                    new Figure("per item", tagging.TotalMicroseconds / options.Items, "µs", 1),
                    new Figure("model load (fresh process)", load.TotalMilliseconds, "ms"),
                    new Figure("working set after load and tagging", workingSet, "MB"),
                    new Figure($"similarity query ({options.Requests:N0} requests)", queries.TotalMicroseconds / options.Queries, "µs"),
                    new Figure($"similarity index build ({options.Requests:N0} requests)", build.TotalSeconds, "s", 1),
                ]);
            }
        }

        result.Notes.Add($"{texts.Count:N0} texts, mean {texts.Average(t => t.Text.Length):F0} characters: minibar English reviews with one multilingual SampleFeedback text in four; the model load is measured once, first thing in the process.");
        result.Notes.Add("Working set is the whole benchmark process (server GC, as the services run), with the similarity index built; the taggers alone use less.");
        result.Notes.Add("What limits it: the kind model (~44k items/s alone) and the area phrases dominate per-item time; the model load is mostly reading the embedded language profiles, lexicons and kind model and JIT-compiling their readers, and is slower on a loaded machine (see the load average).");
        result.LoadAfter = MachineInfo.LoadAverage();
        return Task.FromResult(result);
    }

    /// <summary>An index of synthetic requests, each two texts of the mix joined (requests gather several items).</summary>
    private static (SimilarRequestIndex Index, TimeSpan Build) BuildIndex(List<(string? Language, string Text)> texts, int requests)
    {
        var clock = Stopwatch.StartNew();
        var index = new SimilarRequestIndex();
        for (var r = 0; r < requests; r++)
        {
            index.Add(Guid.NewGuid(), texts[r % texts.Count].Text + "\n" + texts[(r * 31 + 17) % texts.Count].Text);
        }

        return (index, clock.Elapsed);
    }
}
