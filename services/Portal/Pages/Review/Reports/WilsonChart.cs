using System.Globalization;
using Microsoft.AspNetCore.Html;
using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Portal.Pages.Review.Reports;

/// <summary>
/// One attribute's chart, laid out on the server so the page needs no script: a row per segment with its rate as a dot
/// and its Wilson 95% interval as a bar, against the rest's rate as a tick, on a shared 0..Scale axis. Coordinates are
/// in SVG user units; the page draws them with SVG attributes only (the CSP forbids inline style).
/// </summary>
public sealed class WilsonChart
{
    public const int Width = 640;
    public const int LabelWidth = 140;
    public const int RowHeight = 28;
    public const int AxisHeight = 24;
    private const int PlotWidth = Width - LabelWidth - 20;

    private WilsonChart(string attribute, IReadOnlyList<ChartRow> rows, double scale)
    {
        Attribute = attribute;
        Rows = rows;
        Scale = scale;
    }

    public string Attribute { get; }

    public IReadOnlyList<ChartRow> Rows { get; }

    /// <summary>The rate at the right end of the axis (the largest interval end, rounded up to a tenth).</summary>
    public double Scale { get; }

    public int Height => (Rows.Count * RowHeight) + AxisHeight;

    /// <summary>Five axis ticks, 0 to Scale: position and label.</summary>
    public IEnumerable<(double X, string Label)> Ticks => Enumerable.Range(0, 5).Select(i => Scale * i / 4)
        .Select(rate => (X(rate), rate.ToString("P0", CultureInfo.InvariantCulture)));

    public static WilsonChart For(string attribute, IEnumerable<DisparityReportLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.ToList();
        var largest = list.Select(l => Math.Max(l.RateHigh ?? 0, l.RestHigh ?? 0)).DefaultIfEmpty(0).Max();
        var scale = Math.Clamp(Math.Ceiling(largest * 10) / 10, 0.1, 1);
        var rows = list.Select((line, i) => new ChartRow(line, (i * RowHeight) + (RowHeight / 2.0))).ToList();
        return new WilsonChart(attribute, rows, scale);
    }

    /// <summary>The x position of a rate on the axis.</summary>
    public double X(double? rate) => LabelWidth + (PlotWidth * Math.Clamp(rate ?? 0, 0, Scale) / Scale);

    /// <summary>A number for an SVG attribute (invariant, two decimals).</summary>
    public static string Unit(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// An SVG text element (Razor reads a literal text tag inside code as its own markup, so it is written here): the
    /// numbers are formatted invariantly and the content HTML-encoded.
    /// </summary>
    public static IHtmlContent Label(double x, double y, string anchor, int size, string fill, string content) => new HtmlContentBuilder()
        .AppendHtml(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{Unit(x)}\" y=\"{Unit(y)}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"{fill}\">"))
        .Append(content)
        .AppendHtml("</text>");

    /// <summary>The chart's text alternative: one sentence per segment, its rate and interval against the rest.</summary>
    public string Description => string.Join(" ", Rows.Select(r => r.Line.Rate is null
        ? $"{r.Line.Segment}: no items."
        : string.Create(CultureInfo.InvariantCulture,
            $"{r.Line.Segment}: {r.Line.K} of {r.Line.N} ({r.Line.Rate:P1}, 95% interval {r.Line.RateLow:P1} to {r.Line.RateHigh:P1}) against {r.Line.RestRate:P1} for the rest, {Verdict(r.Line.Verdict)}.")));

    /// <summary>A verdict in words ("InsufficientEvidence" reads "insufficient evidence").</summary>
    public static string Verdict(string verdict) => verdict switch
    {
        "InsufficientEvidence" => "insufficient evidence",
        "ExplainedByCsmMix" => "explained by CSM mix",
        "NoDisparityFound" => "no disparity found",
        "Flagged" => "flagged",
        _ => verdict,
    };
}

/// <summary>A segment's row of a chart: its figures and the y of its centre line.</summary>
public sealed record ChartRow(DisparityReportLine Line, double Y);
