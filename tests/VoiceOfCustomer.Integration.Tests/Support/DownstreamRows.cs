namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>Rows for a set of items in each downstream service's own table.</summary>
internal sealed record DownstreamRows(long TaggingItems, long PrioritizationInbox, long ReviewFeedback)
{
    public static DownstreamRows Each(long count) => new(count, count, count);
}
