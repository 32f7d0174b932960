using System.Text.Json;
using VoiceOfCustomer.Integration.Tests.Support;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Integration.Tests.Pipeline;

public sealed class When_an_account_is_created
{
    private ReviewAccount account = null!;

    [OneTimeSetUp]
    public async Task Create()
    {
        var pipeline = DistributedPipeline.Current;
        var accountId = await pipeline.Api.CreateAccountAsync(Samples.Account(region: "LATAM", country: "BR", language: "pt-BR", arr: 7_250.5m));
        account = (await Eventually.Until(
            () => pipeline.Tables.ReviewAccountAsync(accountId), copy => copy is not null, Patience.OneItem, $"account {accountId} to reach review_accounts"))!;
    }

    [Test]
    public void Review_keeps_its_segment_attributes()
    {
        Assert.That(account.Region, Is.EqualTo("LATAM"));
        Assert.That(account.Country, Is.EqualTo("BR"));
        Assert.That(account.Language, Is.EqualTo("pt-BR"));
        Assert.That(account.SizeBand, Is.EqualTo("11-50"));
        Assert.That(account.Industry, Is.EqualTo("Food"));
        Assert.That(account.PlanTier, Is.EqualTo("growth"));
        Assert.That(account.Arr, Is.EqualTo(7_250.5m));
    }

    [Test]
    public void Review_keeps_its_custom_attributes() =>
        Assert.That(JsonSerializer.Deserialize<Dictionary<string, string>>(account.Custom), Is.EqualTo(new Dictionary<string, string> { ["accessibility_needs"] = "screen_reader" }));
}
