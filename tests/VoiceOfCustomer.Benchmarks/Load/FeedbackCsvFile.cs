using System.Globalization;
using System.Text;

namespace VoiceOfCustomer.Benchmarks.Load;

/// <summary>
/// Writes a feedback import file of N rows straight to disk (never held in memory): texts in several
/// languages, quoted fields, and about 1% rows that must be rejected (bad number, unknown account, bad
/// date, empty text).
/// </summary>
internal static class FeedbackCsvFile
{
    public const string Header = "accountId,contactName,contactEmail,text,sourceChannel,csmId,csmImportance,businessGoal,goalProximity,language,occurredAt,idempotencyKey";

    /// <summary>Rows written invalid on purpose: one in a hundred.</summary>
    public static bool IsInvalid(int row) => row % 100 == 37;

    public static void Write(string path, int rows, int accounts)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        writer.Write(Header);
        writer.Write('\n');
        for (var i = 0; i < rows; i++)
        {
            var (language, text) = SampleFeedback.Texts[i % SampleFeedback.Texts.Count];
            var proximity = (i / 4) % 4;
            string account = SampleFeedback.AccountId(i % accounts), importance = (i % 4).ToString(CultureInfo.InvariantCulture);
            string occurredAt = SampleFeedback.OccurredAtText(i), body = $"{text} (#{i})";
            if (IsInvalid(i))
            {
                switch (i / 100 % 4)
                {
                    case 0: importance = "7"; break;
                    case 1: account = "acct-unknown"; break;
                    case 2: occurredAt = "last tuesday"; break;
                    default: body = ""; break;
                }
            }

            writer.Write(string.Join(',',
                account,
                i % 3 == 0 ? "" : $"Contact {i % 997}",
                i % 3 == 0 ? "" : $"contact{i % 997}@example.com",
                Quote(body),
                SampleFeedback.Channels[i % SampleFeedback.Channels.Count],
                SampleFeedback.CsmId(i),
                importance,
                proximity > 0 ? "\"Close the books, two days earlier\"" : "",
                proximity.ToString(CultureInfo.InvariantCulture),
                language,
                occurredAt,
                i % 2 == 0 ? $"imp-{i}" : ""));
            writer.Write('\n');
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
