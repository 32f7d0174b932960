using System.Globalization;

namespace VoiceOfCustomer.Benchmarks.Load;

/// <summary>Realistic feedback content in several languages and scripts, picked deterministically by item number.</summary>
internal static class SampleFeedback
{
    public static readonly IReadOnlyList<(string Language, string Text)> Texts =
    [
        ("en", "The export to Excel drops the second sheet, so our finance team rebuilds the report by hand every week."),
        ("en", "We need single sign-on with Okta before the rollout to the wider organisation, this blocks the renewal."),
        ("fr", "L'export CSV ne garde pas les accents, nos équipes à Lyon doivent corriger chaque fichier à la main."),
        ("de", "Die Suche findet keine Einträge mit Umlauten, zum Beispiel „Müller“ oder „Größe“; das stört täglich."),
        ("es", "El panel tarda más de diez segundos en cargar cuando filtramos por región, y el equipo deja de usarlo."),
        ("pt-BR", "Precisamos de relatórios em português; hoje os gestores traduzem os gráficos antes de cada reunião."),
        ("ja", "モバイルアプリで通知が二重に届きます。現場のスタッフが混乱しているので早めに直してほしいです。"),
        ("zh-Hans", "导出的报表缺少时区信息，我们在上海和柏林的团队经常看到错误的时间。"),
        ("ar", "نحتاج إلى دعم الكتابة من اليمين إلى اليسار في المحرر، فالنصوص العربية تظهر بترتيب خاطئ."),
        ("hi", "डैशबोर्ड पर हिंदी में लेबल नहीं दिखते, इसलिए हमारी सहायता टीम को हर बार अनुवाद करना पड़ता है।"),
        ("pl", "Integracja z Jira gubi komentarze z załącznikami \"PDF\", więc tracimy kontekst zgłoszeń, niestety."),
        ("en", "Accessibility: the triage screen cannot be used with a screen reader; two of our agents rely on one. 🙏"),
    ];

    public static readonly IReadOnlyList<string> Channels = ["email", "call", "meeting", "chat", "ticket", "survey", "community", "social"];

    public static string AccountId(int i) => $"acct-{i:D5}";

    public static string CsmId(int item) => $"csm-{item % 25:D2}";

    /// <summary>Spread over the year before the run, never in the future (the API refuses that).</summary>
    public static DateTimeOffset OccurredAt(int item) => Origin.AddMinutes(item % 500_000);

    private static readonly DateTimeOffset Origin = DateTimeOffset.UtcNow.Date.AddDays(-365);

    public static string OccurredAtText(int item) => OccurredAt(item).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
