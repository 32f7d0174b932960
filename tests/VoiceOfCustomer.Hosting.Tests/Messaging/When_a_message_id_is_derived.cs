using VoiceOfCustomer.Hosting.Messaging;

namespace VoiceOfCustomer.Hosting.Tests.Messaging;

public sealed class When_a_message_id_is_derived
{
    private static readonly Guid Subject = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly char[] VersionEight = ['8'];
    private static readonly char[] RfcVariant = ['8', '9', 'a', 'b'];

    [Test]
    public void It_is_the_same_every_time_for_the_same_subject_and_event()
    {
        Assert.That(MessageIds.For(Subject, "FeedbackSubmitted"), Is.EqualTo(MessageIds.For(Guid.Parse(Subject.ToString()), "FeedbackSubmitted")));
    }

    // Computed independently (Python: sha256(subject.bytes_le + name), version and variant bits set):
    // ids of messages already published must not change with a new release.
    [TestCase("FeedbackSubmitted", "bb57220e-136b-85df-a17d-3bfe0fb33d78")]
    [TestCase("FeedbackTagged", "71b01d34-5cb4-81d5-aa11-9b33caf459ef")]
    public void It_is_the_id_earlier_releases_derived(string eventName, string expected)
    {
        Assert.That(MessageIds.For(Subject, eventName), Is.EqualTo(Guid.Parse(expected)));
    }

    [Test]
    public void It_differs_by_subject()
    {
        var other = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950f");

        Assert.That(MessageIds.For(other, "FeedbackSubmitted"), Is.Not.EqualTo(MessageIds.For(Subject, "FeedbackSubmitted")));
    }

    [Test]
    public void It_differs_by_event_name()
    {
        Assert.That(MessageIds.For(Subject, "FeedbackTagged"), Is.Not.EqualTo(MessageIds.For(Subject, "FeedbackSubmitted")));
        Assert.That(MessageIds.For(Subject, "feedbacksubmitted"), Is.Not.EqualTo(MessageIds.For(Subject, "FeedbackSubmitted")));
    }

    [Test]
    public void It_is_an_RFC_9562_version_8_guid()
    {
        var random = new Random(9562);
        var ids = Enumerable.Range(0, 1_000).Select(i =>
        {
            var subject = new byte[16];
            random.NextBytes(subject);
            return MessageIds.For(new Guid(subject), $"Event{i}");
        }).ToList();

        // xxxxxxxx-xxxx-Vxxx-Nxxx-xxxxxxxxxxxx: V is the version, N holds the variant (binary 10xx).
        Assert.That(ids.Select(id => id.ToString("D")[14]).Distinct(), Is.EqualTo(VersionEight));
        Assert.That(ids.Select(id => id.Version).Distinct(), Is.EqualTo(VersionEight.Select(c => c - '0')));
        Assert.That(ids.Select(id => id.ToString("D")[19]).Distinct(), Is.SubsetOf(RfcVariant));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(ids.Count));
    }
}
