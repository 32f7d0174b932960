using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Review;

/// <summary>Review's VoiceGapsChanged, through RabbitMQ, replaces Prioritization's stored gaps on PostgreSQL (the formula re-weights from them).</summary>
public sealed class When_review_announces_voice_gaps
{
    [Test]
    public async Task Prioritization_stores_each_segment_with_its_ratio()
    {
        SegmentVoiceGap[] gaps = [new("accessibility_needs", "screen_reader", 0.42), new("language", "zz-test", 0.61)];
        await DistributedPipeline.Current.Hosts.IngestionBus.Publish(new VoiceGapsChanged(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, gaps));

        var stored = await Eventually.Until(() => DistributedPipeline.Current.Tables.VoiceGapsAsync(),
            rows => rows.Count == gaps.Length, TimeSpan.FromSeconds(30), "Prioritization to store the announced voice gaps");

        Assert.That(stored, Is.EqualTo(gaps));
    }
}
