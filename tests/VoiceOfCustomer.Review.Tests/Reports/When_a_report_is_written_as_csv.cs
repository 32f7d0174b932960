using VoiceOfCustomer.Review.Features.Reports;

namespace VoiceOfCustomer.Review.Tests.Reports;

/// <summary>ReportCsv.Cell: text a spreadsheet would run as a formula is kept as text; numbers stay numbers; separators are quoted.</summary>
[TestFixture]
public sealed class When_a_report_is_written_as_csv
{
    [TestCase("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [TestCase("+1+cmd", "'+1+cmd")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\tlead", "'\tlead")]
    public void A_formula_is_kept_as_text(string value, string cell) => Assert.That(ReportCsv.Cell(value), Is.EqualTo(cell));

    [TestCase("-0.25")]
    [TestCase("-1E-05")]
    [TestCase("0.5")]
    public void A_number_stays_a_number(string value) => Assert.That(ReportCsv.Cell(value), Is.EqualTo(value));

    [Test]
    public void A_comma_or_quote_is_quoted() =>
        Assert.That(ReportCsv.Cell("csm.bob suppressed \"fr\", 45%"), Is.EqualTo("\"csm.bob suppressed \"\"fr\"\", 45%\""));
}
