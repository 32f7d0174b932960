using System.Text;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_text_round_trips_through_Dapper(StorageProvider provider)
{
    private const string ByIdAndBody = "SELECT COUNT(*) FROM conformance_values WHERE id = @Id AND body = @Body";

    private ProviderDatabase _storage = null!;
    private Database _database = null!;

    public static IEnumerable<TestCaseData> Texts =>
    [
        new TestCaseData("Grüße aus Köln, déjà vu, ñandú, Ærøskøbing").SetName("{m}(latin with diacritics)"),
        new TestCaseData("反馈很有用，谢谢！ご意見ありがとうございます 피드백 감사합니다").SetName("{m}(CJK)"),
        new TestCaseData("Love it 😍👍🏽 family 👩‍👩‍👧‍👦 flag 🇳🇱 math 𝔸").SetName("{m}(emoji and astral planes)"),
        new TestCaseData("شكراً على الملاحظات، التطبيق بطيء جداً").SetName("{m}(Arabic, right-to-left)"),
        new TestCaseData("תודה על המשוב, הַאַפְּלִיקַצְיָה אִטִּית").SetName("{m}(Hebrew with niqqud, right-to-left)"),
        new TestCaseData("Order \u202Bשלום 123 مرحبا\u202C done \u200F!").SetName("{m}(mixed direction with bidi controls)"),
        new TestCaseData("quote ' double \" backslash \\ percent % underscore _ tab\tnewline\nend").SetName("{m}(SQL metacharacters)"),
    ];

    [OneTimeSetUp]
    public async Task Create_the_schema()
    {
        _storage = await ProviderDatabase.CreateAsync(provider);
        _database = await _storage.OpenMigratedAsync();
    }

    [OneTimeTearDown]
    public async Task Drop_the_database()
    {
        if (_storage is not null) // null when the provider's server is not there and the setup was skipped
        {
            await _storage.DisposeAsync();
        }
    }

    [TestCaseSource(nameof(Texts))]
    public async Task It_keeps_text_in_any_script(string text)
    {
        var row = new ValueRow { Body = text };

        var read = await _database.RoundTripAsync(row);

        Assert.That(read.Body, Is.EqualTo(text));
        Assert.That(await _database.CountAsync(ByIdAndBody, new { row.Id, Body = text }), Is.EqualTo(1));
    }

    [Test]
    public async Task It_keeps_a_10000_character_text()
    {
        var text = LongText(10_000);

        var read = await _database.RoundTripAsync(new ValueRow { Body = text });

        Assert.That(read.Body, Has.Length.EqualTo(10_000));
        Assert.That(read.Body, Is.EqualTo(text));
    }

    private static string LongText(int length)
    {
        string[] pieces = ["Feedback #", "ملاحظات ", "משוב ", "反馈 ", "👍🏽 ", "ü"];
        var text = new StringBuilder(length);
        for (var i = 0; text.Length + pieces[i % pieces.Length].Length <= length; i++)
        {
            text.Append(pieces[i % pieces.Length]);
        }

        return text.Append('x', length - text.Length).ToString();
    }
}
