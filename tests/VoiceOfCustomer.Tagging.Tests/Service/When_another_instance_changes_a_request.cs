using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Tagging.Features.Similarity;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Tagging.Tests.Service;

/// <summary>
/// Two Tagging instances on one database, as in the distributed mode: what one records about a request (items joining
/// or leaving it) reaches the other's similar-request index through the change log, on each provider.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.PostgreSql)]
public sealed class When_another_instance_changes_a_request(StorageProvider provider)
{
    private const string Text = "Scheduled exports to SFTP stop after the certificate rotation";
    private static readonly IOptions<SimilarityOptions> EveryCall = Options.Create(new SimilarityOptions { CatchUpEvery = TimeSpan.Zero });
    private MigratedDatabase? _migrated;

    private Database Database => _migrated?.Database ?? throw new InvalidOperationException("The set-up made no database.");

    [SetUp]
    public async Task CreateAsync() => _migrated = await MigratedDatabase.CreateAsync(provider, TaggingModule.Name, typeof(TaggingModule).Assembly);

    // Without PostgreSQL (plain dotnet test) the set-up skips the test and there is nothing to drop.
    [TearDown]
    public async Task DisposeAsync()
    {
        if (_migrated is not null)
        {
            await _migrated.DisposeAsync();
            _migrated = null;
        }
    }

    [Test]
    public async Task A_request_the_other_instance_filled_is_suggested_here()
    {
        using var here = new SimilarRequestDocuments(Database, EveryCall, TimeProvider.System);
        await here.EnsureCurrentAsync(CancellationToken.None);
        var requestId = Guid.NewGuid();

        await RecordElsewhereAsync(Guid.NewGuid(), Text, requestId);
        await here.EnsureCurrentAsync(CancellationToken.None);

        Assert.That(here.Index.Query(Text, 1).Matches.Select(m => m.RequestId), Is.EqualTo(new[] { requestId }));
    }

    [Test]
    public async Task A_request_the_other_instance_emptied_is_not_suggested_here()
    {
        var requestId = Guid.NewGuid();
        var feedbackId = Guid.NewGuid();
        await RecordElsewhereAsync(feedbackId, Text, requestId);
        using var here = new SimilarRequestDocuments(Database, EveryCall, TimeProvider.System);
        await here.EnsureCurrentAsync(CancellationToken.None);
        Assert.That(here.Index.Query(Text, 1).Matches.Select(m => m.RequestId), Is.EqualTo(new[] { requestId }), "loaded with the request");

        await RecordElsewhereAsync(feedbackId, Text, requestId: null);
        await here.EnsureCurrentAsync(CancellationToken.None);

        Assert.That(here.Index.Query(Text, 1).Matches, Is.Empty);
    }

    /// <summary>What the other instance's consumers write in one transaction: the item, its request, and the change.</summary>
    private async Task RecordElsewhereAsync(Guid feedbackId, string text, Guid? requestId)
    {
        var now = DateTimeOffset.UtcNow;
        await using var work = await Database.BeginAsync(CancellationToken.None);
        await work.ExecuteAsync("""
            INSERT INTO tagging_items (feedback_id, account_id, text_length, tagged_at, masked_text)
            SELECT @FeedbackId, 'acme', @Length, @Now, @Text WHERE NOT EXISTS (SELECT 1 FROM tagging_items WHERE feedback_id = @FeedbackId)
            """, new { FeedbackId = feedbackId, text.Length, Now = now, Text = text }, CancellationToken.None);
        var before = await work.QuerySingleOrDefaultAsync<Guid?>("SELECT request_id FROM tagging_request_members WHERE feedback_id = @FeedbackId", new { FeedbackId = feedbackId }, CancellationToken.None);
        await work.ExecuteAsync("DELETE FROM tagging_request_members WHERE feedback_id = @FeedbackId", new { FeedbackId = feedbackId }, CancellationToken.None);
        await work.ExecuteAsync("INSERT INTO tagging_request_members (feedback_id, request_id, decided_at) VALUES (@FeedbackId, @RequestId, @Now)",
            new { FeedbackId = feedbackId, RequestId = requestId, Now = now }, CancellationToken.None);
        await RequestChangeLog.AppendAsync(work, [.. new[] { before, requestId }.OfType<Guid>().Distinct()], now, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }
}
