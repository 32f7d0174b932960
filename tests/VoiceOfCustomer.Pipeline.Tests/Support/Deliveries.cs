using VoiceOfCustomer.Hosting.Messaging;

namespace VoiceOfCustomer.Pipeline.Tests.Support;

/// <summary>The delivery patterns every pipeline consumer must survive.</summary>
public static class Deliveries
{
    /// <summary>
    /// Delivers the same message (same message id) twice, the second time five minutes later, and returns
    /// what the consumer published for it: a correct consumer publishes the same event both times.
    /// </summary>
    public static async Task<IReadOnlyList<Published<TOut>>> TwiceAsync<TIn, TOut>(
        ConsumerHost host, TIn message, Guid feedbackId, Func<TOut, Guid> subject)
        where TIn : class
        where TOut : class
    {
        ArgumentNullException.ThrowIfNull(host);
        var messageId = MessageIds.For(feedbackId, typeof(TIn).Name);
        await host.PublishAsync(message, messageId);
        await host.PublishedAsync<TOut>(m => subject(m) == feedbackId, 1);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.PublishAsync(message, messageId);
        return await host.PublishedAsync<TOut>(m => subject(m) == feedbackId, 2);
    }

    /// <summary>Delivers one message per item, all at once, and returns what the consumer published for them.</summary>
    public static async Task<IReadOnlyList<Published<TOut>>> ManyAsync<TIn, TOut>(
        ConsumerHost host, IReadOnlyList<Guid> feedbackIds, Func<Guid, TIn> message, Func<TOut, Guid> subject)
        where TIn : class
        where TOut : class
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(feedbackIds);
        var ids = feedbackIds.ToHashSet();
        await Task.WhenAll(feedbackIds.Select(id => host.PublishAsync(message(id), MessageIds.For(id, typeof(TIn).Name))));
        return await host.PublishedAsync<TOut>(m => ids.Contains(subject(m)), feedbackIds.Count);
    }
}
