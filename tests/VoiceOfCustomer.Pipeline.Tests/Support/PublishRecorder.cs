using System.Collections.Concurrent;
using MassTransit;

namespace VoiceOfCustomer.Pipeline.Tests.Support;

/// <summary>
/// Every message the bus published, in order. The harness's own Published list keeps one entry per
/// message id, which hides exactly what these tests look for: the same event published again.
/// </summary>
public sealed class PublishRecorder : IPublishObserver
{
    private readonly ConcurrentQueue<(Guid? MessageId, Guid? CorrelationId, object Message)> _published = new();

    public IReadOnlyList<Published<T>> Of<T>()
        where T : class =>
        [.. _published.Where(p => p.Message is T).Select(p => new Published<T>(p.MessageId, p.CorrelationId, (T)p.Message))];

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        _published.Enqueue((context.MessageId, context.CorrelationId, context.Message));
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}

public sealed record Published<T>(Guid? MessageId, Guid? CorrelationId, T Message);
