using System.Globalization;
using VoiceOfCustomer.Taggers.Taxonomy;
using VoiceOfCustomer.Tagging.Evaluation.Demo;
using VoiceOfCustomer.Tagging.Evaluation.Taxonomy;

namespace VoiceOfCustomer.Tagging.Evaluation.DemoAreas;

/// <summary>What the area learning curve measures on demo texts: accuracy, what the model decided, and the cost per text.</summary>
internal static class DemoAreaMeasures
{
    public const int TimedRounds = 200;

    private const int WarmUpRounds = 50;

    public static Score Measure(ProductAreaTagger tagger, AreaLearner learner, IEnumerable<DemoItem> items)
    {
        var tags = items.Select(i => (Item: i, Tag: tagger.TagArea(i.Text, i.Language, learner))).ToList();
        return new Score(
            tags.Count(t => t.Tag.AreaId == DemoTopicAreas.AreaOf[t.Item.Topic]) / (double)tags.Count,
            tags.Count(t => t.Tag.AreaId is null) / (double)tags.Count);
    }

    public static ModelShare Decided(ProductAreaTagger tagger, AreaLearner learner, List<DemoItem> items)
    {
        var byModel = items.Select(i => (Item: i, Tag: tagger.TagArea(i.Text, i.Language, learner))).Where(t => t.Tag.Source == AreaSource.Model).ToList();
        return new ModelShare(byModel.Count / (double)items.Count, byModel.Count(t => t.Tag.AreaId == DemoTopicAreas.AreaOf[t.Item.Topic]) / (double)Math.Max(1, byModel.Count));
    }

    // The same rule as ProductAreaTagger.TagArea with another number of corrections for trust, from the model's raw answer.
    public static double WithThreshold(ProductAreaTagger tagger, AreaLearner learner, List<DemoItem> items, int minCorrections)
    {
        var areaIds = tagger.Taxonomy.Areas.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var right = 0;
        foreach (var item in items)
        {
            var prediction = learner.Predict(item.Text, areaIds);
            var area = prediction is not null && prediction.Corrections >= minCorrections && prediction.Probability >= AreaLearner.MinProbability
                ? prediction.AreaId
                : tagger.TagArea(item.Text, item.Language).AreaId;
            right += area == DemoTopicAreas.AreaOf[item.Topic] ? 1 : 0;
        }

        return right / (double)items.Count;
    }

    public static (double Cpu, double Wall) MicrosecondsPerItem(ProductAreaTagger tagger, AreaLearner? learner, List<DemoItem> items)
    {
        // Warm-up long enough, and a pause, for the tiered JIT to replace the first (unoptimized) code of every method.
        var sink = 0;
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var item in items)
            {
                sink += tagger.TagArea(item.Text, item.Language, learner).Why.Count;
            }
        }

        Thread.Sleep(TimeSpan.FromSeconds(1));

        var clock = new ProcessCpuTime();
        for (var round = 0; round < TimedRounds; round++)
        {
            foreach (var item in items)
            {
                sink += tagger.TagArea(item.Text, item.Language, learner).Why.Count;
            }
        }

        GC.KeepAlive(sink);
        return (clock.CpuSoFar.TotalMicroseconds / (TimedRounds * items.Count), clock.Wall.TotalMicroseconds / (TimedRounds * items.Count));
    }

    public readonly record struct ModelShare(double Share, double Precision);

    public readonly record struct Score(double Accuracy, double NoArea)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Accuracy:F2} ({NoArea:F2})");
    }
}
