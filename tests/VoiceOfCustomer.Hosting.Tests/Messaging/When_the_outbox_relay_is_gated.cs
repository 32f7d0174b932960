using MassTransit.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Hosting.Tests.Messaging;

/// <summary>The relay running as the host runs it (its background loop), held back by a gate the test opens and closes.</summary>
[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_the_outbox_relay_is_gated(StorageProvider provider) : OutboxFixture(provider)
{
    [Test]
    public async Task It_publishes_nothing_while_the_gate_has_no_room_and_everything_once_it_opens()
    {
        var gate = new ScriptedGate(room: 0);
        var messages = await WriteAsync(30);
        await using var relay = await StartAsync(gate);

        await gate.AskedAsync(times: 3);
        Assert.That(await Database.CountAsync(CountOutbox), Is.EqualTo(30), "the backlog stays in the outbox table");
        Assert.That(PublishedFor(messages), Is.Empty);

        gate.Room = 1_000;
        await Eventually.Until(() => Database.CountAsync(CountOutbox), count => count == 0, TimeSpan.FromSeconds(30), "the outbox to be relayed");
        Assert.That(PublishedFor(messages).Select(p => p.Context.Message.Text), Is.EqualTo(messages.Select(m => m.Text)));
    }

    [Test]
    public async Task It_asks_again_once_it_has_used_the_room_it_was_given()
    {
        var gate = new ScriptedGate(room: 0, first: 1);
        var messages = await WriteAsync(700);
        await using var relay = await StartAsync(gate);

        // One batch (500) goes on the room of 1; then the gate is asked again and says no.
        await gate.AskedAsync(times: 3);
        Assert.That(await Database.CountAsync(CountOutbox), Is.EqualTo(200));
        Assert.That(PublishedFor(messages), Has.Count.EqualTo(500));
    }

    [Test]
    public async Task It_publishes_when_the_gate_cannot_answer()
    {
        var gate = new ScriptedGate(room: 0) { Failing = true };
        var messages = await WriteAsync(10);
        await using var relay = await StartAsync(gate);

        await Eventually.Until(() => Database.CountAsync(CountOutbox), count => count == 0, TimeSpan.FromSeconds(30), "the outbox to be relayed");
        Assert.That(PublishedFor(messages), Has.Count.EqualTo(10));
    }

    [Test]
    public async Task It_publishes_as_before_without_a_gate()
    {
        var messages = await WriteAsync(10);
        await using var relay = await StartAsync(gate: null);

        await Eventually.Until(() => Database.CountAsync(CountOutbox), count => count == 0, TimeSpan.FromSeconds(30), "the outbox to be relayed");
        Assert.That(PublishedFor(messages), Has.Count.EqualTo(10));
    }

    private async Task<List<FeedbackSubmitted>> WriteAsync(int count)
    {
        var messages = Enumerable.Range(1, count).Select(i => Submitted($"item {i}")).ToList();
        await using var work = await Database.BeginAsync(CancellationToken.None);
        await Outbox.AddManyAsync(work, messages.Select(m => (Guid.NewGuid(), m.CorrelationId, m)), CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return messages;
    }

    private async Task<RunningRelay> StartAsync(IOutboxGate? gate)
    {
        var relay = new OutboxRelay(Outbox, Database, Harness.Bus, NullLogger<OutboxRelay>.Instance, gate);
        await relay.StartAsync(CancellationToken.None);
        return new RunningRelay(relay);
    }

    private List<IPublishedMessage<FeedbackSubmitted>> PublishedFor(IReadOnlyCollection<FeedbackSubmitted> messages)
    {
        var ids = messages.Select(m => m.FeedbackId).ToHashSet();
        return Harness.Published.Select<FeedbackSubmitted>(p => ids.Contains(p.Context.Message.FeedbackId)).ToList();
    }

    private static FeedbackSubmitted Submitted(string text) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        new DateTimeOffset(2024, 6, 1, 9, 30, 0, TimeSpan.Zero),
        new FeedbackDetails("acme", "csm-7", "email", 3, 2, "en", new DateTimeOffset(2024, 5, 31, 17, 0, 0, TimeSpan.Zero)),
        text);

    /// <summary>Stops the relay's loop at the end of a test, so the next test's rows are not relayed by this one.</summary>
    private sealed class RunningRelay(OutboxRelay relay) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await relay.StopAsync(CancellationToken.None);
            relay.Dispose();
        }
    }

    /// <summary>A gate whose answers the test sets (<paramref name="first"/>, then <see cref="Room"/>), counting how often it was asked.</summary>
    private sealed class ScriptedGate(int room, params int[] first) : IOutboxGate
    {
        private readonly Queue<int> _first = new(first);
        private int _asked;

        public int Room { get; set; } = room;

        public bool Failing { get; init; }

        public Task<int> RoomAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _asked);
            if (Failing)
            {
                throw new InvalidOperationException("The gate's database is down.");
            }

            return Task.FromResult(_first.TryDequeue(out var answer) ? answer : Room);
        }

        /// <summary>Waits until the gate has been asked <paramref name="times"/> more times from now; returns how often it was asked in all.</summary>
        public Task<int> AskedAsync(int times)
        {
            var target = Volatile.Read(ref _asked) + times;
            return Eventually.Until(() => Task.FromResult(Volatile.Read(ref _asked)), asked => asked >= target, TimeSpan.FromSeconds(30), $"the gate to be asked {times} times");
        }
    }
}
