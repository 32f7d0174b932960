using System.Net;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.Accounts;

public sealed class When_an_account_is_not_valid
{
    private AllInOneHost _host = null!;
    private HttpClient _client = null!;

    public static IEnumerable<TestCaseData> BadAccounts()
    {
        yield return Case("three-letter country", With("country", "FRA"), "country");
        yield return Case("country that does not exist", With("country", "QQ"), "country");
        yield return Case("unknown size band", With("sizeBand", "huge"), "sizeBand");
        yield return Case("negative arr", With("arr", -1), "arr");
        yield return Case("missing arr", Without("arr"), "arr");
        yield return Case("arr given as text", With("arr", "120000"), "arr");
        yield return Case("custom key with spaces", WithCustom("Account Owner", "Ana"), "custom.Account Owner");
        yield return Case("custom key starting with a digit", WithCustom("2fa", "yes"), "custom.2fa");
        yield return Case("custom value over 200 characters", WithCustom("notes", new string('n', 201)), "custom.notes");
        yield return Case("bad language tag", With("language", "French"), "language");
        yield return Case("missing name", Without("name"), "name");
    }

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = AllInOneHost.Start();
        _client = _host.CreateApiClient();
        (await _client.PutAccountAsync("existing")).EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [TestCaseSource(nameof(BadAccounts))]
    public async Task It_answers_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var before = await _host.SettledCountsAsync();

        using var response = await _client.PutAsync("/api/accounts/newcomer", Api.JsonBody(body));

        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToString());
        Assert.That(problem.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.Fields, Does.Contain(field), problem.ToString());
        Assert.That(await _host.CountsAsync(), Is.EqualTo(before));
    }

    [TestCaseSource(nameof(BadAccounts))]
    public async Task It_leaves_an_existing_account_as_it_was(string body, string field)
    {
        using var response = await _client.PutAsync("/api/accounts/existing", Api.JsonBody(body));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), field);

        using var read = await _client.GetAsync("/api/accounts/existing");
        var account = await read.ReadAsync<AccountProfile>();
        Assert.That(account.Country, Is.EqualTo("FR"));
        Assert.That(account.Arr, Is.EqualTo(120000.50m));
        Assert.That(account.Custom, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task It_answers_400_naming_the_account_id_when_the_id_is_not_one()
    {
        using var response = await _client.PutAccountAsync("acme ltd!");

        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToString());
        Assert.That(problem.Fields, Does.Contain("accountId"));
    }

    private static TestCaseData Case(string name, string body, string field) =>
        new TestCaseData(body, field).SetArgDisplayNames(name);

    private static string With(string property, JsonNode? value)
    {
        var account = Api.Account();
        account[property] = value;
        return account.ToJsonString();
    }

    private static string Without(string property)
    {
        var account = Api.Account();
        account.Remove(property);
        return account.ToJsonString();
    }

    private static string WithCustom(string key, string value)
    {
        var account = Api.Account();
        account["custom"]![key] = value;
        return account.ToJsonString();
    }
}
