using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Tagging.Tests.Taxonomy;

public sealed class When_a_taxonomy_file_is_parsed
{
    private const string Valid = """
        version: 3
        areas:
          - id: billing
            name: Billing
            themes:
              - id: invoices
                name: Invoices
                phrases:
                  en: [invoice*, billing address]
                  fr: [facture]
        """;

    private static readonly string[] RequiredLanguages = ["en", "fr", "es", "de", "pt"];

    [Test]
    public void A_valid_file_gives_areas_themes_and_phrases_per_language()
    {
        var result = TaxonomyParser.Parse(Valid);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Taxonomy!.Version, Is.EqualTo(3));
        var theme = result.Taxonomy.Areas.Single().Themes.Single();
        Assert.That(theme.Phrases, Is.EqualTo(new[]
        {
            new TaxonomyPhrase("en", "invoice*"),
            new TaxonomyPhrase("en", "billing address"),
            new TaxonomyPhrase("fr", "facture"),
        }));
    }

    [Test]
    public void The_default_taxonomy_is_valid_and_has_phrases_in_five_languages_for_every_theme()
    {
        var taxonomy = ProductAreaTagger.LoadDefault().Taxonomy;

        Assert.That(taxonomy.Areas, Has.Count.GreaterThanOrEqualTo(8));
        foreach (var theme in taxonomy.Areas.SelectMany(a => a.Themes))
        {
            var languages = theme.Phrases.Select(p => p.Language).ToHashSet();
            Assert.That(languages, Is.SupersetOf(RequiredLanguages), theme.Id);
        }
    }

    [Test]
    public void A_duplicate_id_is_named_with_its_line_and_the_first_use()
    {
        var yaml = Valid + "\n  - id: invoices\n    name: Again\n    themes:\n      - id: other\n        name: Other\n        phrases:\n          en: [receipt]\n";

        var errors = TaxonomyParser.Parse(yaml).Errors;

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Line, Is.EqualTo(11));
        Assert.That(errors[0].Field, Is.EqualTo("areas[1].id"));
        Assert.That(errors[0].Message, Does.Contain("duplicate id 'invoices'").And.Contain("areas[0].themes[0].id"));
    }

    [Test]
    public void An_empty_phrase_is_named_with_its_field()
    {
        var errors = TaxonomyParser.Parse(Valid.Replace("[facture]", "[facture, \"  \", \"--\"]", StringComparison.Ordinal)).Errors;

        Assert.That(string.Join(" ", errors.Select(e => e.Field)), Is.EqualTo("areas[0].themes[0].phrases.fr[1] areas[0].themes[0].phrases.fr[2]"));
        Assert.That(errors.Select(e => e.Line), Is.All.EqualTo(10));
        Assert.That(errors[0].Message, Does.Contain("empty"));
    }

    [Test]
    public void An_unknown_language_code_is_refused()
    {
        var errors = TaxonomyParser.Parse(Valid.Replace("fr: [facture]", "french: [facture]", StringComparison.Ordinal)).Errors;

        Assert.That(errors.Single().Field, Is.EqualTo("areas[0].themes[0].phrases.french"));
        Assert.That(errors.Single().Message, Does.Contain("unknown language code 'french'"));
    }

    [Test]
    public void A_phrase_in_two_themes_of_one_language_is_refused_but_the_same_words_in_two_languages_are_not()
    {
        var yaml = Valid + "\n  - id: reporting\n    name: Reporting\n    themes:\n      - id: export\n        name: Export\n        phrases:\n          en: [Invoice*]\n          de: [facture]\n";

        var errors = TaxonomyParser.Parse(yaml).Errors;

        Assert.That(errors.Single().Field, Is.EqualTo("areas[1].themes[0].phrases.en[0]"));
        Assert.That(errors.Single().Message, Does.Contain("already belongs to theme 'invoices'"));
    }

    [TestCase("fa*ture", "may only end the phrase")]
    [TestCase("fa*", "at least 3 letters")]
    public void A_misplaced_or_too_short_wildcard_is_refused(string phrase, string message)
    {
        var errors = TaxonomyParser.Parse(Valid.Replace("[facture]", $"[\"{phrase}\"]", StringComparison.Ordinal)).Errors;

        Assert.That(errors.Single().Message, Does.Contain(message));
    }

    [Test]
    public void Missing_fields_unknown_fields_and_a_bad_version_are_all_reported_at_once()
    {
        var yaml = "version: two\nareas:\n  - id: Billing\n    colour: red\n    themes: []\n";

        var messages = TaxonomyParser.Parse(yaml).Errors.Select(e => $"{e.Field}: {e.Message}").ToList();

        Assert.That(messages, Has.Some.StartsWith("version: must be a whole number"));
        Assert.That(messages, Has.Some.StartsWith("areas[0].colour: unknown field"));
        Assert.That(messages, Has.Some.StartsWith("areas[0].name: is missing"));
        Assert.That(messages, Has.Some.StartsWith("areas[0].id: 'Billing' must be lower case"));
        Assert.That(messages, Has.Some.StartsWith("areas[0].themes: at least one theme"));
    }

    [Test]
    public void Broken_yaml_is_one_error_with_its_line()
    {
        var result = TaxonomyParser.Parse("version: 1\nareas: [\n  - id: x\n");

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Single().Message, Does.StartWith("not valid YAML"));
        Assert.That(result.Errors.Single().Line, Is.GreaterThan(1));
    }

    [Test]
    public void A_taxonomy_that_must_be_valid_throws_with_every_error()
    {
        var exception = Assert.Throws<InvalidTaxonomyException>(() => TaxonomyParser.ParseValid("version: 1\nareas: []\n"));

        Assert.That(exception!.Errors.Single().Message, Does.Contain("at least one area"));
    }
}
