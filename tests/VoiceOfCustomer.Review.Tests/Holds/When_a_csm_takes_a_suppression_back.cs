using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Testing;

namespace VoiceOfCustomer.Review.Tests.Holds;

/// <summary>
/// A CSM suppresses an item of an under-represented segment (held), then forwards it after all: the hold is withdrawn
/// on both sides, so no reviewer is asked about it and the CSM is not blocked from deciding again.
/// </summary>
public sealed class When_a_csm_takes_a_suppression_back
{
    private const string Flagged = "gaelach";
    private HoldsHost _host = null!;
    private Guid _feedbackId;
    private Guid _holdId;
    private JsonObject _withdrawn = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await HoldsHost.StartAsync();
        await _host.PutAccountAsync(Flagged, "ga");
        await _host.FlagSegmentAsync("language", "ga");
        _feedbackId = await _host.LogAsync(Flagged, "Invoices lose the fada in customer names");
        await _host.SuppressAsync(_feedbackId);
        _holdId = (await _host.OpenHoldAsync(_feedbackId))["holdId"]!.GetValue<Guid>();
        using var forwarded = await _host.Suppressor.PostAsJsonAsync($"/api/triage/{_feedbackId}/decisions", new { action = "forward", newRequestTitle = "Names lose accents on invoices" });
        Assert.That(forwarded.StatusCode, Is.EqualTo(HttpStatusCode.Created), await forwarded.Content.ReadAsStringAsync());
        _withdrawn = await Eventually.Until(
            async () => (await _host.Auditor.GetFromJsonAsync<JsonArray>("/api/review/holds?status=resolved"))!.Select(h => h!.AsObject())
                .FirstOrDefault(h => h["holdId"]!.GetValue<Guid>() == _holdId),
            hold => hold is not null, TimeSpan.FromSeconds(30), "the hold to be withdrawn") ?? throw new InvalidOperationException("unreachable");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task The_hold_leaves_the_review_queue_as_withdrawn_by_the_csm()
    {
        var open = await _host.Auditor.GetFromJsonAsync<JsonArray>("/api/review/holds");

        Assert.That(_withdrawn["status"]!.GetValue<string>(), Is.EqualTo("withdrawn"));
        Assert.That(_withdrawn["withdrawnBy"]!.GetValue<string>(), Is.EqualTo("forward"));
        Assert.That(_withdrawn["resolvedBy"]!.GetValue<string>(), Is.EqualTo(HoldsHost.Csm));
        Assert.That(open!.Select(h => h!["holdId"]!.GetValue<Guid>()), Does.Not.Contain(_holdId));
    }

    [Test]
    public async Task A_reviewer_is_told_there_is_nothing_left_to_decide()
    {
        using var answer = await HoldsHost.DisposeOfAsync(_host.Auditor, _holdId, "confirm");

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("withdrawn"));
    }

    [Test]
    public async Task The_csm_may_suppress_again_and_that_is_held_anew()
    {
        await Eventually.Until(() => _host.ScalarAsync<long>("SELECT COUNT(*) FROM prioritization_holds WHERE feedback_id = @Id AND resolved_at IS NULL", new { Id = _feedbackId }),
            count => count == 0, TimeSpan.FromSeconds(30), "Prioritization to drop the block");
        await _host.SuppressAsync(_feedbackId);

        var again = await _host.OpenHoldAsync(_feedbackId);

        Assert.That(again["holdId"]!.GetValue<Guid>(), Is.Not.EqualTo(_holdId));
    }
}
