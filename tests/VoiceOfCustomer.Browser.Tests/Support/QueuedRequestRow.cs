using System.Globalization;

namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>One row of the PM's queue as shown: rank, title, score as formatted for the browser (en-US), and the request's page.</summary>
public sealed record QueuedRequestRow(int Rank, string Title, string Score, string Address)
{
    private static readonly CultureInfo BrowserCulture = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The score as a number, read the way the page wrote it ("1,234.56").</summary>
    public double ScoreValue => double.Parse(Score, NumberStyles.Number, BrowserCulture);

    /// <summary>The request's id, from its address /queue/{id}.</summary>
    public string RequestId => Address["/queue/".Length..];
}
