using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Prioritization.Features.Scoring;

namespace VoiceOfCustomer.Prioritization.Tests.Scoring;

/// <summary>The configuration keys of docs/prioritization.md, bound the way the service binds them.</summary>
public sealed class When_the_formula_is_configured
{
    private static IOptions<FormulaOptions> Bind(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddOptions<FormulaOptions>().BindConfiguration(FormulaOptions.Section).ValidateDataAnnotations();
        return services.BuildServiceProvider().GetRequiredService<IOptions<FormulaOptions>>();
    }

    [Test]
    public void Its_keys_are_read_from_the_prioritization_formula_section()
    {
        var options = Bind(new()
        {
            ["Prioritization:Formula:Version"] = "2",
            ["Prioritization:Formula:RevenueCapShare"] = "0.1",
            ["Prioritization:Formula:RecencyHalfLifeDays"] = "180",
            ["Prioritization:Formula:RevenueEnabled"] = "false",
        }).Value;

        Assert.That((options.Version, options.RevenueCapShare, options.RecencyHalfLifeDays, options.RevenueEnabled), Is.EqualTo((2, 0.1, 180.0, false)));
        Assert.That(new ScoreFormula(Options.Create(options)).Version, Is.EqualTo(2));
    }

    [Test]
    public void Without_settings_it_is_version_1_with_the_documented_defaults()
    {
        var o = Bind([]).Value;

        Assert.That(
            (o.Version, o.BaseWeight, o.ImportanceWeight, o.GoalWeight, o.SeverityWeight, o.RecencyHalfLifeDays, o.RevenueEnabled, o.RevenueWeight, o.RevenueCapShare, o.VoiceGapMaxWeight),
            Is.EqualTo((1, 1.0, 1.0, 1.0, 0.5, 90.0, true, 1.0, 0.25, 2.0)));
    }

    [Test]
    public void A_value_out_of_range_stops_the_service_naming_the_key()
    {
        var options = Bind(new() { ["Prioritization:Formula:RecencyHalfLifeDays"] = "30" });

        var error = Assert.Throws<OptionsValidationException>(() => _ = options.Value);

        Assert.That(error.Message, Does.Contain("RecencyHalfLifeDays"));
    }
}
