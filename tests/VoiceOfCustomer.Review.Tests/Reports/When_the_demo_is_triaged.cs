using VoiceOfCustomer.Review.Features.Reports;

namespace VoiceOfCustomer.Review.Tests.Reports;

/// <summary>
/// On the demo data, where csm.bob suppresses non-English customers' items about 45% of the time against 6% for
/// everyone else, the reports must name csm.bob, flag the languages he disadvantages, and not flag an honest CSM for language.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class When_the_demo_is_triaged
{
    private DemoReportsHost _host = null!;

    [OneTimeSetUp]
    public void Start() => _host = DemoReportsHost.Start();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task Csm_bob_is_flagged_for_non_English_languages()
    {
        var report = await _host.SettledAsync<CsmLine>("/api/review/disparity/csms?csm=csm.bob&attribute=language");

        var flagged = report.Rows.Where(r => r.Flagged).Select(r => r.Segment).ToList();
        Assert.That(flagged, Is.Not.Empty.And.Not.Contains("en"), string.Join("\n", report.Rows.Select(r => r.Sentence)));
    }

    // Only for language: on the demo data the per-CSM rule (P >= 0.9, no control over how many cells are tested) also
    // flags csm.alice for free accounts (18 of 149 vs 6%, P = 0.91) and two other honest CSMs' cells, by chance: docs/review.md.
    [Test]
    public async Task An_honest_csm_is_not_flagged_for_language()
    {
        var report = await _host.SettledAsync<CsmLine>("/api/review/disparity/csms?csm=csm.alice&attribute=language");

        Assert.That(report.Rows, Is.Not.Empty);
        Assert.That(report.Rows.Where(r => r.Flagged).Select(r => r.Sentence), Is.Empty);
    }

    [Test]
    public async Task A_disadvantaged_language_is_flagged_and_English_is_not()
    {
        var report = await _host.SettledAsync<DisparityLine>("/api/review/disparity?attribute=language&action=suppress");

        var flagged = report.Rows.Where(r => r.Verdict == "Flagged").Select(r => r.Segment).ToList();
        Assert.That(flagged, Is.Not.Empty.And.Not.Contains("en"), string.Join("\n", report.Rows.Select(r => r.Sentence)));
        Assert.That(report.Rows.Single(r => r.Segment == "en").Verdict, Is.Not.EqualTo("Flagged"));
    }

    [Test]
    public async Task The_csv_keeps_every_row_with_its_sentence()
    {
        var json = await _host.SettledAsync<DisparityLine>("/api/review/disparity?attribute=language&action=suppress");
        var csv = await _host.Auditor.GetStringAsync(new Uri("/api/review/disparity?attribute=language&action=suppress&format=csv", UriKind.Relative));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("Attribute,Segment,Action,K,N"));
        Assert.That(lines, Has.Length.EqualTo(json.Rows.Count + 1));
    }
}
