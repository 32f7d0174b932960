using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Tagging.Tests.Taxonomy;

public sealed class When_areas_are_learned_from_corrections
{
    private static readonly ProductTaxonomy Taxonomy = TaxonomyParser.ParseValid("""
        version: 1
        areas:
          - id: billing
            name: Billing
            themes:
              - id: invoices
                name: Invoices
                phrases:
                  en: [invoice*]
          - id: reporting
            name: Reporting
            themes:
              - id: exports
                name: Exports
                phrases:
                  en: [export*]
          - id: mobile
            name: Mobile
            themes:
              - id: app
                name: App
                phrases:
                  en: [mobile app]
        """);

    private static readonly HashSet<string> AllAreas = ["billing", "reporting", "mobile"];

    private static readonly string[] BillingWords = ["ежемесячный", "счёт", "пришёл", "дважды"];

    [Test]
    public void It_learns_the_area_of_words_the_phrases_do_not_know()
    {
        var learner = Taught();

        var prediction = learner.Predict("Ежемесячный счёт пришёл дважды", AllAreas);

        Assert.That(prediction, Is.Not.Null);
        Assert.That(prediction!.AreaId, Is.EqualTo("billing"));
        Assert.That(prediction.Probability, Is.GreaterThanOrEqualTo(AreaLearner.MinProbability));
        Assert.That(prediction.Corrections, Is.EqualTo(5));
        Assert.That(prediction.Why, Is.Not.Empty.And.SubsetOf(BillingWords), "words of the text taught with billing");
    }

    [Test]
    public void A_text_unlike_anything_taught_gets_no_area()
    {
        Assert.That(Taught().Predict("the weather was lovely on our trip to the coast", AllAreas), Is.Null);
    }

    [Test]
    public void An_area_the_taxonomy_no_longer_has_is_never_proposed()
    {
        var learner = Taught();
        var withoutBilling = new HashSet<string>(AllAreas);
        withoutBilling.Remove("billing");

        var prediction = learner.Predict("Ежемесячный счёт пришёл дважды", withoutBilling);

        Assert.That(prediction?.AreaId, Is.Not.EqualTo("billing"));
    }

    [Test]
    public void It_refuses_to_learn_an_area_the_taxonomy_does_not_have()
    {
        var learner = new AreaLearner();

        Assert.That(() => learner.Learn("anything", "security", Taxonomy), Throws.ArgumentException.With.Message.Contains("no area 'security'"));
        Assert.That(learner.Corrections("security"), Is.Zero);
    }

    [Test]
    public void A_saved_model_reloads_to_the_same_predictions()
    {
        var learner = Taught();
        using var stream = new MemoryStream();
        learner.Save(stream);
        stream.Position = 0;

        var loaded = AreaLearner.Load(stream);

        foreach (var text in new[] { "счёт пришёл дважды", "экспорт в Excel сломан", "the weather", "счёт и экспорт" })
        {
            Assert.That(loaded.Predict(text, AllAreas), Is.EqualTo(learner.Predict(text, AllAreas)).Using<AreaPrediction>(SamePrediction), text);
        }

        Assert.That(loaded.Corrections("billing"), Is.EqualTo(5));
    }

    [Test]
    public void The_phrases_decide_until_the_area_has_enough_corrections()
    {
        var tagger = new ProductAreaTagger(Taxonomy);
        var learner = new AreaLearner();
        const string Text = "Please fix the invoice: the счёт is wrong";
        Assert.That(tagger.TagArea(Text, "en", learner).Source, Is.EqualTo(AreaSource.Phrases));

        for (var i = 0; i < AreaLearner.MinCorrections - 1; i++)
        {
            learner.Learn("счёт экспорт отчёт", "reporting", Taxonomy);
        }

        Assert.That(tagger.TagArea(Text, "en", learner).AreaId, Is.EqualTo("billing"), "one correction fewer than the threshold is not trusted yet");

        learner.Learn("счёт экспорт отчёт", "reporting", Taxonomy);
        var tag = tagger.TagArea(Text, "en", learner);

        Assert.That(tag.Source, Is.EqualTo(AreaSource.Model));
        Assert.That(tag.AreaId, Is.EqualTo("reporting"));
        Assert.That(tag.ThemeId, Is.Null, "no phrase of reporting matched, so the model names no theme");
        Assert.That(tag.Why[0], Is.EqualTo($"model, {AreaLearner.MinCorrections} corrections"));
        Assert.That(tag.Why, Does.Contain("счёт"));
    }

    [Test]
    public void The_theme_comes_from_the_phrases_of_the_models_area()
    {
        var tagger = new ProductAreaTagger(Taxonomy);
        var learner = Taught();

        var tag = tagger.TagArea("Our invoice and the счёт пришёл дважды", "en", learner);

        Assert.That(tag.Source, Is.EqualTo(AreaSource.Model));
        Assert.That((tag.AreaId, tag.ThemeId), Is.EqualTo(("billing", "invoices")));
    }

    private static AreaLearner Taught()
    {
        var learner = new AreaLearner();
        string[] billing = ["Ежемесячный счёт пришёл с ошибкой", "счёт выставлен дважды", "в счёте неверная сумма", "нужен счёт в евро", "счёт не пришёл"];
        string[] reporting = ["экспорт в Excel сломан", "отчёт не открывается", "экспорт отчёта занимает час", "нужен экспорт в PDF", "отчёт пустой"];
        foreach (var (bill, report) in billing.Zip(reporting))
        {
            learner.Learn(bill, "billing", Taxonomy);
            learner.Learn(report, "reporting", Taxonomy);
        }

        return learner;
    }

    private static bool SamePrediction(AreaPrediction? a, AreaPrediction? b) =>
        a is null ? b is null : b is not null && a.AreaId == b.AreaId && a.Probability.Equals(b.Probability) && a.Corrections == b.Corrections && a.Why.SequenceEqual(b.Why);
}
