using VoiceOfCustomer.Taggers.Language;

namespace VoiceOfCustomer.Tagging.Tests.Language;

/// <summary>The language tagger on short feedback written for these tests: each script, close pairs, and when it says "und".</summary>
[TestFixture]
public sealed class When_identifying_the_language
{
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Load();

    [Test]
    public void The_embedded_profiles_load_with_more_than_forty_languages()
    {
        Assert.That(Identifier.SupportedLanguages, Has.Count.GreaterThanOrEqualTo(40).And.Contains("ur").And.Contains("sr").And.Contains("nn"));
    }

    [TestCase("el", "Η εφαρμογή κλείνει κάθε φορά που προσπαθώ να ανεβάσω μια φωτογραφία.")]
    [TestCase("he", "האפליקציה נסגרת בכל פעם שאני מנסה להעלות תמונה מהגלריה.")]
    [TestCase("th", "แอปปิดทุกครั้งที่ฉันพยายามอัปโหลดรูปภาพจากแกลเลอรี")]
    [TestCase("ko", "갤러리에서 사진을 올리려고 할 때마다 앱이 종료됩니다.")]
    [TestCase("ja", "ギャラリーから写真をアップロードしようとするたびにアプリが終了します。")]
    [TestCase("ja", "iPhoneでアプリを開くとすぐに落ちます")]
    [TestCase("zh", "每次我尝试从相册上传照片时，应用程序都会崩溃。")]
    [TestCase("zh", "在 Firefox 中打开链接时页面一直空白")]
    public void A_script_written_by_one_language_decides_it(string expected, string text)
    {
        var tag = Identifier.TagLanguage(text);
        Assert.That((tag.Language, tag.Reason), Is.EqualTo((expected, LanguageReason.Script)));
    }

    [TestCase("en", "The app crashes every time I try to upload a photo from my gallery.")]
    [TestCase("ru", "Приложение закрывается каждый раз, когда я пытаюсь загрузить фото из галереи.")]
    [TestCase("uk", "Застосунок закривається щоразу, коли я намагаюся завантажити фото з галереї.")]
    [TestCase("ar", "يتوقف التطبيق في كل مرة أحاول فيها رفع صورة من المعرض.")]
    [TestCase("fa", "برنامه هر بار که می‌خواهم عکسی از گالری بارگذاری کنم بسته می‌شود.")]
    [TestCase("ur", "جب بھی میں گیلری سے تصویر اپ لوڈ کرنے کی کوشش کرتا ہوں تو ایپ بند ہو جاتی ہے۔")]
    [TestCase("hi", "जब भी मैं गैलरी से फोटो अपलोड करने की कोशिश करता हूँ, ऐप बंद हो जाता है।")]
    [TestCase("tr", "Uygulama galeriden fotoğraf yüklemeye çalıştığım her seferinde kapanıyor.")]
    public void A_shared_script_is_resolved_by_the_profiles(string expected, string text)
    {
        var tag = Identifier.TagLanguage(text);
        Assert.That((tag.Language, tag.Reason), Is.EqualTo((expected, LanguageReason.Profile)));
        Assert.That(tag.Confidence, Is.GreaterThan(LanguageIdentifier.MinConfidence));
    }

    [TestCase("es", "La aplicación se cierra cada vez que intento subir una foto desde mi galería.")]
    [TestCase("pt", "O aplicativo fecha toda vez que tento enviar uma foto da minha galeria.")]
    [TestCase("da", "Appen lukker ned hver gang jeg prøver at uploade et billede fra mit galleri.")]
    [TestCase("nb", "Appen lukkes hver gang jeg prøver å laste opp et bilde fra galleriet mitt.")]
    [TestCase("sv", "Appen stängs varje gång jag försöker ladda upp en bild från mitt galleri.")]
    [TestCase("cs", "Aplikace spadne pokaždé, když se pokusím nahrát fotku z galerie.")]
    [TestCase("sk", "Aplikácia spadne zakaždým, keď sa pokúsim nahrať fotku z galérie.")]
    [TestCase("hr", "Aplikacija se sruši svaki put kada pokušam učitati fotografiju iz galerije.")]
    [TestCase("sr", "Molim vas da popravite grešku, ne mogu da sačuvam podešavanja.")]
    public void Close_latin_languages_are_told_apart(string expected, string text)
    {
        Assert.That(Identifier.TagLanguage(text).Language, Is.EqualTo(expected));
    }

    [TestCase("ok", LanguageReason.TooShort)]
    [TestCase("Merci", LanguageReason.TooShort)]
    [TestCase("👍👍 12345", LanguageReason.TooShort)]
    [TestCase("Привет мир, γεια σου κόσμε", LanguageReason.MixedScripts)]
    [TestCase("xqzvkj wrtplq bcdfgh zzxq", LanguageReason.NoProfileFits)]
    [TestCase("Sistema operativo instalado", LanguageReason.TooClose)]
    public void It_says_undetermined_rather_than_guess(string text, LanguageReason reason)
    {
        var tag = Identifier.TagLanguage(text);
        Assert.That((tag.Language, tag.Reason, tag.Confidence), Is.EqualTo((LanguageTag.Undetermined, reason, 0.0)));
    }

    [TestCase("pt")]
    [TestCase("es")]
    [TestCase("gl")]
    public void The_declared_language_breaks_a_tie_between_close_candidates(string declared)
    {
        var tag = Identifier.TagLanguage("Sistema operativo instalado", declared);
        Assert.That((tag.Language, tag.Reason), Is.EqualTo((declared, LanguageReason.DeclaredLanguage)));
    }

    [Test]
    public void The_declared_language_does_not_override_a_clear_answer()
    {
        var tag = Identifier.TagLanguage("Contas e configurações da aplicação", "es-MX");
        Assert.That((tag.Language, tag.Reason), Is.EqualTo(("pt", LanguageReason.Profile)));
    }

    [Test]
    public void Han_only_text_follows_a_declared_japanese()
    {
        Assert.That(Identifier.TagLanguage("写真保存失敗", "ja").Language, Is.EqualTo("ja"));
    }

    [Test]
    public void The_why_names_the_script_and_the_top_candidates()
    {
        var tag = Identifier.TagLanguage("Vil du slette denne filen? Jeg finner den ikke igjen etterpå.");
        Assert.That(tag.Why, Does.StartWith("profile (Latin script").And.Contain(tag.Language).And.Contain(tag.Runner!.Value.Language));
    }
}
