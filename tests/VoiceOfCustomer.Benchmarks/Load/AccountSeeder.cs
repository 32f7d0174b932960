using System.Globalization;
using System.Net.Http.Json;
using System.Text;

namespace VoiceOfCustomer.Benchmarks.Load;

/// <summary>Fills the accounts registry before a run (not measured): PUT /api/accounts/{id}, or a CSV import for many.</summary>
internal static class AccountSeeder
{
    private static readonly string[] Countries = ["US", "FR", "DE", "BR", "JP", "CN", "EG", "IN", "PL", "ES", "GB", "MX"];
    private static readonly string[] Regions = ["NA", "EMEA", "EMEA", "LATAM", "APAC", "APAC", "EMEA", "APAC", "EMEA", "EMEA", "EMEA", "LATAM"];
    private static readonly string[] Languages = ["en", "fr", "de", "pt-BR", "ja", "zh-Hans", "ar", "hi", "pl", "es", "en", "es"];
    private static readonly string[] Bands = ["1-10", "11-50", "51-200", "201-1000", "1001-5000", "5001+"];

    public static async Task CreateAsync(HttpClient client, int count, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder("accountId,name,region,country,language,sizeBand,industry,planTier,arr\n");
        for (var i = 0; i < count; i++)
        {
            var k = i % Countries.Length;
            csv.Append(CultureInfo.InvariantCulture,
                $"{SampleFeedback.AccountId(i)},Customer {i},{Regions[k]},{Countries[k]},{Languages[k]},{Bands[i % Bands.Length]},software,{(i % 3 == 0 ? "enterprise" : "growth")},{(i * 1_234.5m) % 2_000_000}\n");
        }

        using var content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync(new Uri("/api/imports/accounts?fileName=accounts.csv", UriKind.Relative), content, cancellationToken);
        var report = await response.Content.ReadFromJsonAsync<ImportAnswer>(cancellationToken);
        if (!response.IsSuccessStatusCode || report?.RowsAccepted != count)
        {
            throw new InvalidOperationException($"Creating {count} accounts failed: {(int)response.StatusCode}, {report?.RowsAccepted} accepted.");
        }
    }
}
