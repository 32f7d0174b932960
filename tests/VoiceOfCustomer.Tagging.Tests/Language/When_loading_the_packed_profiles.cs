using VoiceOfCustomer.Taggers.Language;

namespace VoiceOfCustomer.Tagging.Tests.Language;

/// <summary>
/// The profiles are embedded packed (Data/language-profiles.bin) from the counts in Profiles/language-profiles.tsv.
/// The figures here were taken from the tagger when it still parsed that text file: the packed file must give the same
/// scores to the last digits, in each script the profiles cover.
/// </summary>
[TestFixture]
public sealed class When_loading_the_packed_profiles
{
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Load();

    [TestCase("Ig_norar a escala e diminuir até caber na largura da página", "pt", 189, 0.8941738477506915)]
    [TestCase("Reforhandling er ikkje tillate på denne SSL-socketen.", "nn", 179, 0.8249055445911669)]
    [TestCase("Просматривайте и удаляйте записи IndexedDB, выбрав базу данных. Подробнее", "ru", 207, 0.9230768798514127)]
    [TestCase("SSL साथी सुरक्षा पैरामीटर के स्वीकार्य सेट के साथ बातचीत करने में असमर्थ था.", "hi", 226, 0.9752062671596932)]
    public void Each_script_scores_as_the_text_counts_did(string text, string language, int ngrams, double confidence)
    {
        var tag = Identifier.TagLanguage(text);
        Assert.That((tag.Language, tag.Reason, tag.Ngrams), Is.EqualTo((language, LanguageReason.Profile, ngrams)));
        Assert.That(tag.Confidence, Is.EqualTo(confidence).Within(1e-12));
    }

    [Test]
    public void Every_profiled_language_of_the_counts_is_there()
    {
        var profiled = "af az ca cs cy da de en eo es et eu fi fr ga gl hr hu id is it lt lv ms nb nl nn pl pt ro sk sl sq sr sv tr vi "
            + "be bg kk mk ru uk ar fa ur hi mr ne";
        Assert.That(Identifier.SupportedLanguages, Is.SupersetOf(profiled.Split(' ')).And.Count.EqualTo(70));
    }
}
