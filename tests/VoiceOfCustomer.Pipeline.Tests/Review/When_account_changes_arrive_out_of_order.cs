using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Pipeline.Tests.Support;
using VoiceOfCustomer.Review;
using VoiceOfCustomer.Review.Features.Accounts;

namespace VoiceOfCustomer.Pipeline.Tests.Review;

public sealed class When_account_changes_arrive_out_of_order
{
    private static readonly DateTimeOffset Older = ConsumerHost.Start;
    private static readonly DateTimeOffset Newer = ConsumerHost.Start.AddHours(1);
    private static readonly DateTimeOffset Newest = ConsumerHost.Start.AddHours(2);

    private ConsumerHost _host = null!;
    private AccountCopy? _afterTheLateOlderChange;
    private AccountCopy? _afterTheNewestChange;
    private AccountCopy? _untouchedNeighbour;

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _host = await ConsumerHost.StartAsync(services => services.AddReview(), bus => bus.AddReviewConsumers());
        await UpsertAsync(Newer, Account("acme", "EMEA", "FR", 120_000m), Account("globex", "APAC", "JP", 40_000m));
        await UpsertAsync(Older, Account("acme", "AMER", "US", 1m));
        _afterTheLateOlderChange = await ReadAsync("acme");
        await UpsertAsync(Newest, Account("acme", "LATAM", "BR", 250_000m));
        _afterTheNewestChange = await ReadAsync("acme");
        _untouchedNeighbour = await ReadAsync("globex");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public void It_ignores_an_older_change_that_arrives_after_a_newer_one()
    {
        Assert.That(_afterTheLateOlderChange, Is.Not.Null);
        Assert.That(_afterTheLateOlderChange!.Region, Is.EqualTo("EMEA"));
        Assert.That(_afterTheLateOlderChange.Country, Is.EqualTo("FR"));
        Assert.That(_afterTheLateOlderChange.Arr, Is.EqualTo(120_000m));
        Assert.That(_afterTheLateOlderChange.UpdatedAt, Is.EqualTo(Newer));
    }

    [Test]
    public void It_applies_a_change_newer_than_the_one_it_holds()
    {
        Assert.That(_afterTheNewestChange, Is.Not.Null);
        Assert.That(_afterTheNewestChange!.Region, Is.EqualTo("LATAM"));
        Assert.That(_afterTheNewestChange.UpdatedAt, Is.EqualTo(Newest));
        Assert.That(_afterTheNewestChange.Custom, Does.Contain("\"tier\":\"gold\""));
    }

    [Test]
    public void It_keeps_accounts_the_change_does_not_name()
    {
        Assert.That(_untouchedNeighbour, Is.Not.Null);
        Assert.That(_untouchedNeighbour!.Region, Is.EqualTo("APAC"));
        Assert.That(_untouchedNeighbour.UpdatedAt, Is.EqualTo(Newer));
    }

    private static AccountProfile Account(string accountId, string region, string country, decimal arr) =>
        new(accountId, $"{accountId} Inc.", region, country, "en", "51-200", "retail", "enterprise", arr,
            new Dictionary<string, string> { ["tier"] = "gold" });

    private async Task UpsertAsync(DateTimeOffset upsertedAt, params AccountProfile[] accounts)
    {
        var change = new AccountsUpserted(Guid.NewGuid(), upsertedAt, accounts);
        await _host.Harness.Bus.Publish(change);
        var consumed = await _host.Harness.GetConsumerHarness<CopyAccountSegmentsConsumer>().Consumed
            .Any<AccountsUpserted>(c => c.Context.Message.CorrelationId == change.CorrelationId);
        Assert.That(consumed, Is.True, $"the change of {upsertedAt:O} was not consumed");
    }

    private async Task<AccountCopy?> ReadAsync(string accountId) =>
        (await _host.QueryAsync<AccountCopy>(
            "SELECT region AS Region, country AS Country, arr AS Arr, custom AS Custom, updated_at AS UpdatedAt FROM review_accounts WHERE account_id = @AccountId",
            new { AccountId = accountId })).SingleOrDefault();

    private sealed record AccountCopy
    {
        public string Region { get; init; } = "";

        public string Country { get; init; } = "";

        public decimal Arr { get; init; }

        public string Custom { get; init; } = "";

        public DateTimeOffset UpdatedAt { get; init; }
    }
}
