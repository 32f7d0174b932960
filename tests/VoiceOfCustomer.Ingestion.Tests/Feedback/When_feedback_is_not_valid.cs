using System.Net;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Ingestion.Tests.Support;

namespace VoiceOfCustomer.Ingestion.Tests.Feedback;

public sealed class When_feedback_is_not_valid
{
    private AllInOneHost _host = null!;
    private HttpClient _client = null!;

    /// <summary>Each kind of bad input: the body sent, the status expected, and the field the problem must name.</summary>
    public static IEnumerable<TestCaseData> BadInputs()
    {
        yield return Case("missing text", Without("text"), HttpStatusCode.BadRequest, "text");
        yield return Case("blank text", With("text", "   "), HttpStatusCode.BadRequest, "text");
        yield return Case("text over 10,000 characters", With("text", new string('x', 10_001)), HttpStatusCode.BadRequest, "text");
        yield return Case("unknown source channel", With("sourceChannel", "carrier-pigeon"), HttpStatusCode.BadRequest, "sourceChannel");
        yield return Case("missing source channel", Without("sourceChannel"), HttpStatusCode.BadRequest, "sourceChannel");
        yield return Case("csm importance of 7", With("csmImportance", 7), HttpStatusCode.BadRequest, "csmImportance");
        yield return Case("negative goal proximity", With("goalProximity", -1), HttpStatusCode.BadRequest, "goalProximity");
        yield return Case("goal proximity without a business goal", Without("businessGoal"), HttpStatusCode.BadRequest, "businessGoal");
        yield return Case("bad email", With("contactEmail", "maria at acme"), HttpStatusCode.BadRequest, "contactEmail");
        yield return Case("bad language tag", With("language", "Portuguese!"), HttpStatusCode.BadRequest, "language");
        yield return Case("occurred in the future", With("occurredAt", DateTimeOffset.UtcNow.AddDays(1).ToString("O")), HttpStatusCode.BadRequest, "occurredAt");
        yield return Case("occurred before 2000", With("occurredAt", "1999-12-31T23:00:00Z"), HttpStatusCode.BadRequest, "occurredAt");
        yield return Case("bad csm id", With("csmId", "ana smith"), HttpStatusCode.BadRequest, "csmId");
        yield return Case("unknown account", With("accountId", "nobody-ltd"), HttpStatusCode.UnprocessableEntity, "accountId");
        yield return Case("malformed JSON", """{"accountId": "acme", "text": "cut off""", HttpStatusCode.BadRequest, field: null);
        yield return Case("a number given as words", With("csmImportance", "very high"), HttpStatusCode.BadRequest, "csmImportance");
        yield return Case("a number given as text", With("csmImportance", "2"), HttpStatusCode.BadRequest, "csmImportance");
        yield return Case("text given as a number", With("text", 42), HttpStatusCode.BadRequest, "text");
        yield return Case("a date that is not a date", With("occurredAt", "last Tuesday"), HttpStatusCode.BadRequest, "occurredAt");
    }

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = AllInOneHost.Start();
        _client = _host.CreateApiClient();
        (await _client.PutAccountAsync("acme")).EnsureSuccessStatusCode();
        using var valid = await _client.SubmitAsync(Api.Feedback());
        Assert.That(valid.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "the valid item the bad ones are made from must pass");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [TestCaseSource(nameof(BadInputs))]
    public async Task It_answers_a_problem_naming_the_field_and_writes_nothing(string body, HttpStatusCode status, string? field)
    {
        var before = await _host.SettledCountsAsync();

        using var response = await _client.PostAsync("/api/feedback", Api.JsonBody(body));

        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(status), problem.ToString());
        Assert.That(problem.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.Fields, field is null ? Is.Not.Empty : Does.Contain(field), problem.ToString());
        Assert.That(await _host.CountsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task It_answers_413_to_a_body_over_the_size_limit_and_writes_nothing()
    {
        var before = await _host.SettledCountsAsync();
        var body = With("contactName", new string('x', 300_000));

        using var response = await _client.PostAsync("/api/feedback", Api.JsonBody(body));

        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge), problem.ToString());
        Assert.That(problem.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.Text("detail"), Does.Contain("262144"));
        Assert.That(await _host.CountsAsync(), Is.EqualTo(before));
    }

    private static TestCaseData Case(string name, string body, HttpStatusCode status, string? field) =>
        new TestCaseData(body, status, field).SetArgDisplayNames(name);

    private static string With(string property, JsonNode? value)
    {
        var feedback = Api.Feedback();
        feedback[property] = value;
        return feedback.ToJsonString();
    }

    private static string Without(string property)
    {
        var feedback = Api.Feedback();
        feedback.Remove(property);
        return feedback.ToJsonString();
    }
}
