namespace VoiceOfCustomer.AllInOne.Demo;

/// <summary>
/// The demo's feedback texts in eleven languages and seven scripts. Each text is a frame ("we need {0}")
/// around a request topic, so every item's request is known (for measuring request suggestion later).
/// </summary>
internal static class DemoLanguages
{
    public static readonly IReadOnlyList<string> TopicKeys =
        ["export-excel", "sso-azure-ad", "mobile-offline", "invoice-currency", "dashboard-speed", "screen-reader", "api-webhooks", "bulk-edit"];

    public static readonly IReadOnlyList<DemoLanguage> All =
    [
        new("en", Topics("export to Excel", "single sign-on with Azure AD", "offline mode in the mobile app", "invoices in our local currency",
                "faster dashboards", "screen reader support", "webhooks in the API", "bulk editing of records"),
            ["We really need {0}.", "Could you add {0}? Our team asks every week.", "Without {0} we keep using spreadsheets.", "Is {0} on the roadmap?"],
            ["{0} is broken again and blocks our month-end.", "Our users complain that {0} does not work at all.", "Since the last release, {0} fails for us."],
            ["Thanks for {0}, it saves us hours!", "The team loves {0}."]),
        new("fr", Topics("l'export vers Excel", "l'authentification unique avec Azure AD", "le mode hors ligne de l'application mobile", "des factures dans notre devise",
                "des tableaux de bord plus rapides", "la compatibilité avec les lecteurs d'écran", "des webhooks dans l'API", "la modification en masse"),
            ["Nous avons vraiment besoin de {0}.", "Pourriez-vous ajouter {0} ? L'équipe le demande chaque semaine.", "Sans {0}, nous restons sur des tableurs."],
            ["{0} ne fonctionne plus et bloque notre clôture mensuelle.", "Nos utilisateurs se plaignent : {0} est en panne."],
            ["Merci pour {0}, un gain de temps énorme !"]),
        new("es", Topics("exportar a Excel", "inicio de sesión único con Azure AD", "el modo sin conexión en la app móvil", "facturas en nuestra moneda local",
                "paneles más rápidos", "compatibilidad con lectores de pantalla", "webhooks en la API", "edición masiva de registros"),
            ["Necesitamos de verdad {0}.", "¿Podrían añadir {0}? El equipo lo pide cada semana.", "Sin {0} seguimos usando hojas de cálculo."],
            ["{0} falla otra vez y bloquea nuestro cierre de mes.", "Los usuarios se quejan de que {0} no funciona."],
            ["¡Gracias por {0}, nos ahorra horas!"]),
        new("de", Topics("Export nach Excel", "Single Sign-On mit Azure AD", "Offline-Modus in der mobilen App", "Rechnungen in unserer Landeswährung",
                "schnellere Dashboards", "Unterstützung für Screenreader", "Webhooks in der API", "Massenbearbeitung von Datensätzen"),
            ["Wir brauchen dringend {0}.", "Könnt ihr {0} einbauen? Das Team fragt jede Woche danach.", "Ohne {0} arbeiten wir weiter mit Tabellen."],
            ["{0} ist wieder kaputt und blockiert unseren Monatsabschluss.", "Unsere Nutzer beschweren sich, dass {0} nicht funktioniert."],
            ["Danke für {0}, das spart uns Stunden!"]),
        new("pt", Topics("exportar para o Excel", "login único com Azure AD", "modo offline no aplicativo móvel", "faturas na nossa moeda local",
                "painéis mais rápidos", "suporte a leitores de tela", "webhooks na API", "edição em massa de registros"),
            ["Precisamos muito de {0}.", "Vocês podem adicionar {0}? A equipe pede toda semana.", "Sem {0} continuamos usando planilhas."],
            ["{0} quebrou de novo e trava o nosso fechamento do mês.", "Os usuários reclamam que {0} não funciona."],
            ["Obrigado por {0}, economiza horas!"]),
        new("ja", Topics("Excelへのエクスポート", "Azure ADでのシングルサインオン", "モバイルアプリのオフラインモード", "現地通貨での請求書",
                "ダッシュボードの高速化", "スクリーンリーダー対応", "APIのWebhook", "レコードの一括編集"),
            ["{0}が本当に必要です。", "{0}を追加していただけますか？毎週チームから要望があります。"],
            ["{0}がまた動かず、月末処理が止まっています。", "{0}が使えないとユーザーから苦情が来ています。"],
            ["{0}をありがとうございます。とても助かっています！"]),
        new("ar", Topics("التصدير إلى Excel", "تسجيل الدخول الموحد عبر Azure AD", "وضع عدم الاتصال في تطبيق الجوال", "فواتير بعملتنا المحلية",
                "لوحات معلومات أسرع", "دعم قارئ الشاشة", "خطافات الويب في واجهة البرمجة", "التعديل الجماعي للسجلات"),
            ["نحتاج فعلاً إلى {0}.", "هل يمكنكم إضافة {0}؟ فريقنا يطلبه كل أسبوع."],
            ["{0} معطل مرة أخرى ويعطل إغلاق نهاية الشهر.", "يشتكي المستخدمون من أن {0} لا يعمل."],
            ["شكراً على {0}، يوفر علينا ساعات!"]),
        new("he", Topics("ייצוא לאקסל", "כניסה יחידה עם Azure AD", "מצב לא מקוון באפליקציה", "חשבוניות במטבע המקומי",
                "לוחות מחוונים מהירים יותר", "תמיכה בקורא מסך", "Webhooks ב-API", "עריכה מרובה של רשומות"),
            ["אנחנו מאוד צריכים {0}.", "אפשר להוסיף {0}? הצוות מבקש כל שבוע."],
            ["{0} שוב לא עובד וחוסם את סגירת החודש.", "המשתמשים מתלוננים ש{0} לא עובד."],
            ["תודה על {0}, חוסך לנו שעות!"]),
        new("ru", Topics("экспорт в Excel", "единый вход через Azure AD", "офлайн-режим в мобильном приложении", "счета в нашей валюте",
                "более быстрые дашборды", "поддержка экранных дикторов", "вебхуки в API", "массовое редактирование записей"),
            ["Нам очень нужен {0}.", "Можете добавить {0}? Команда просит каждую неделю."],
            ["{0} снова не работает и срывает закрытие месяца.", "Пользователи жалуются, что {0} не работает."],
            ["Спасибо за {0}, экономит часы!"]),
        new("zh", Topics("导出到 Excel", "Azure AD 单点登录", "移动应用离线模式", "本地货币发票",
                "更快的仪表板", "屏幕阅读器支持", "API 的 Webhook", "批量编辑记录"),
            ["我们非常需要{0}。", "能否增加{0}？团队每周都在问。"],
            ["{0}又坏了，影响我们的月末结账。", "用户抱怨{0}无法使用。"],
            ["感谢{0}，为我们节省了很多时间！"]),
        new("ko", Topics("Excel 내보내기", "Azure AD 통합 로그인", "모바일 앱 오프라인 모드", "현지 통화 청구서",
                "더 빠른 대시보드", "스크린 리더 지원", "API 웹훅", "레코드 일괄 편집"),
            ["{0} 기능이 꼭 필요합니다.", "{0} 기능을 추가해 주실 수 있나요? 팀에서 매주 요청합니다."],
            ["{0} 기능이 또 작동하지 않아 월말 마감이 막혔습니다.", "사용자들이 {0} 기능이 안 된다고 불평합니다."],
            ["{0} 기능 감사합니다. 시간이 많이 절약됩니다! 🙏"]),
    ];

    private static Dictionary<string, string> Topics(params string[] phrases) =>
        TopicKeys.Zip(phrases).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
}
