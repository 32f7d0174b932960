namespace VoiceOfCustomer.Hosting.Messaging;

/// <summary>
/// Backpressure for a service's <see cref="OutboxRelay"/>, registered keyed by the service name: asked before the
/// relay publishes, it says how many more messages the pipeline can take now. While it answers none, the messages
/// wait in the outbox table (the source of truth, on disk) instead of in the bus's queues (in memory for the
/// in-memory transport). A service without a gate publishes as fast as its relay can.
/// </summary>
public interface IOutboxGate
{
    /// <summary>How many messages may be published now; zero or less holds the relay back until it asks again.</summary>
    Task<int> RoomAsync(CancellationToken cancellationToken);
}
