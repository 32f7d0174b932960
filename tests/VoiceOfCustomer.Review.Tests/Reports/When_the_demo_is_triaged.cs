using VoiceOfCustomer.Review.Features.Reports;

namespace VoiceOfCustomer.Review.Tests.Reports;

/// <summary>
/// On the demo data, where csm.bob suppresses non-English customers' items about 45% of the time against 6% for
/// everyone else, the reports must name csm.bob, flag the languages he disadvantages, and flag no honest CSM at all.
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

    [Test]
    public async Task No_honest_csm_has_a_flagged_cell_on_any_attribute()
    {
        var report = await _host.SettledAsync<CsmLine>("/api/review/disparity/csms");

        Assert.That(report.Rows.Select(r => r.Csm).Distinct().Count(), Is.GreaterThan(5), "the demo's CSMs are all in the report");
        Assert.That(report.Rows.Where(r => r.Flagged && r.Csm != "csm.bob").Select(r => r.Sentence), Is.Empty);
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
