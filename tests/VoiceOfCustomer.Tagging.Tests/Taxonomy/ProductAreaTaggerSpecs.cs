using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Tagging.Tests.Taxonomy;

public sealed class When_an_item_is_tagged_with_a_product_area
{
    private static readonly ProductAreaTagger Default = ProductAreaTagger.LoadDefault();

    private static readonly ProductAreaTagger Small = new(TaxonomyParser.ParseValid("""
        version: 1
        areas:
          - id: billing
            name: Billing
            themes:
              - id: invoices
                name: Invoices
                phrases:
                  en: [invoice*, billing address]
                  fr: [facture, factures, facturation]
                  pt: [faturação]
          - id: access
            name: Access
            themes:
              - id: sso
                name: SSO
                phrases:
                  any: [sso]
                  en: [sign on, single sign on, log in]
                  fr: [connexion]
          - id: mobile
            name: Mobile
            themes:
              - id: app
                name: App
                phrases:
                  en: [app]
                  de: [rechnung]
        """));

    [Test]
    public void Case_and_accents_are_folded_on_both_sides()
    {
        var tag = Small.TagArea("La FACTURATION est fausse, et la FATURACAO aussi", "fr");

        Assert.That(tag.AreaId, Is.EqualTo("billing"));
        Assert.That(tag.ThemeId, Is.EqualTo("invoices"));
        Assert.That(string.Join(", ", tag.Why.Order(StringComparer.Ordinal)), Is.EqualTo("facturation (fr), faturação (pt)"));
    }

    [Test]
    public void Phrases_match_whole_words_only()
    {
        Assert.That(Small.TagArea("Our happy team appreciates the appliance", "en"), Is.EqualTo(AreaTag.None));
        Assert.That(Small.TagArea("The app, again", "en").AreaId, Is.EqualTo("mobile"));
        Assert.That(Small.TagArea("l'app plante", "fr").AreaId, Is.EqualTo("mobile"));
    }

    [Test]
    public void A_trailing_wildcard_matches_the_start_of_a_word_only()
    {
        Assert.That(Small.TagArea("Invoices are broken", "en").Why.Single(), Is.EqualTo("invoice* (en)"));
        Assert.That(Small.TagArea("Two invoiced, one missing", "en").Why.Single(), Is.EqualTo("invoice* (en)"));
        Assert.That(Small.TagArea("reinvoice them", "en"), Is.EqualTo(AreaTag.None));
    }

    [Test]
    public void The_longest_phrase_at_a_word_wins()
    {
        var tag = Small.TagArea("Single sign-on fails", "en");

        Assert.That(tag.Why.Single(), Is.EqualTo("single sign on (en)"));
    }

    [Test]
    public void A_known_language_weighs_its_own_phrases_above_another_languages()
    {
        // "rechnung" is a (deliberately odd) German phrase of the mobile area; "log in" is English for access.
        var asEnglish = Small.TagArea("Rechnung: I cannot log in", "en");
        var asGerman = Small.TagArea("Rechnung: I cannot log in", "de");

        Assert.That(asEnglish.AreaId, Is.EqualTo("access"));
        Assert.That(asGerman.AreaId, Is.EqualTo("mobile"));
    }

    [TestCase("und")]
    [TestCase(null)]
    [TestCase("it")]
    public void An_unknown_language_or_one_the_taxonomy_lacks_counts_every_phrase_fully(string? language)
    {
        var tag = Small.TagArea("Rechnung and log in", language);

        Assert.That(tag.Why, Has.Count.EqualTo(1));
        Assert.That(tag.Confidence, Is.EqualTo(Small.TagArea("Rechnung and log in", "und").Confidence));
        Assert.That(tag.Confidence, Is.LessThan(0.5), "two areas tied at full weight share the confidence");
    }

    [Test]
    public void Confidence_grows_with_more_evidence_and_shrinks_when_areas_compete()
    {
        var one = Small.TagArea("invoice", "en").Confidence;
        var two = Small.TagArea("invoice wrong billing address", "en").Confidence;
        var contested = Small.TagArea("invoice in the app", "en").Confidence;

        Assert.That(two, Is.GreaterThan(one));
        Assert.That(contested, Is.LessThan(one));
        Assert.That((double[])[one, two, contested], Is.All.InRange(0.0, 1.0));
    }

    [Test]
    public void Nothing_matched_is_said_plainly()
    {
        Assert.That(Small.TagArea("  ", "en"), Is.EqualTo(AreaTag.None));
        Assert.That(Small.TagArea("Great product, thanks!", "en").Confidence, Is.Zero);
    }

    [TestCase("I was charged twice for my subscription", "en", "billing")]
    [TestCase("Impossible d'exporter le rapport en PDF", "fr", "reporting")]
    [TestCase("La sincronización con Salesforce falla cada día", "es", "integrations")]
    [TestCase("Ich kann mich nicht mit SSO anmelden", "de", "access")]
    [TestCase("O aplicativo no celular é muito lento", "pt", "mobile")]
    [TestCase("Too many email notifications every morning", "und", "notifications")]
    public void The_default_taxonomy_finds_the_area_in_each_language(string text, string language, string area)
    {
        Assert.That(Default.TagArea(text, language).AreaId, Is.EqualTo(area));
    }

    [Test]
    public void A_long_text_is_tagged_like_a_short_one()
    {
        var text = string.Concat(Enumerable.Repeat("nothing to see here ", 400)) + "invoice";

        Assert.That(Small.TagArea(text, "en").AreaId, Is.EqualTo("billing"));
    }
}
