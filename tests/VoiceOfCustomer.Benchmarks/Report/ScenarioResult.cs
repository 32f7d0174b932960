using VoiceOfCustomer.Benchmarks.Measure;

namespace VoiceOfCustomer.Benchmarks.Report;

/// <summary>
/// Everything a scenario measured: the figures of each run (each on a fresh database), the median of each
/// figure over the runs, and the goal it is judged by (the median of one figure against a threshold).
/// </summary>
internal sealed class ScenarioResult(string scenario, string title, string goal, string headline, double threshold, bool lowerIsBetter = false)
{
    public string Scenario { get; } = scenario;

    public string Title { get; } = title;

    public string Goal { get; } = goal;

    /// <summary>Name of the figure the goal is about.</summary>
    public string Headline { get; } = headline;

    public List<IReadOnlyList<Figure>> Runs { get; } = [];

    public List<string> Notes { get; } = [];

    public string LoadBefore { get; set; } = "";

    public string LoadAfter { get; set; } = "";

    public IReadOnlyList<Figure> Medians => Runs.Count == 0
        ? []
        : Runs[0].Select(first => first with { Value = Percentiles.Median(Runs.Select(run => run.FirstOrDefault(f => f.Name == first.Name)?.Value ?? double.NaN)) }).ToList();

    public Figure? HeadlineMedian => Medians.FirstOrDefault(f => f.Name == Headline);

    /// <summary>A second condition of the goal, if any: the median of this figure must stay below the limit.</summary>
    public (string Figure, double Limit)? AlsoBelow { get; init; }

    public bool Met => HeadlineMedian is { } figure && !double.IsNaN(figure.Value)
        && (lowerIsBetter ? figure.Value < threshold : figure.Value >= threshold)
        && (AlsoBelow is not { } also || Medians.FirstOrDefault(f => f.Name == also.Figure) is { } second && second.Value < also.Limit);
}
