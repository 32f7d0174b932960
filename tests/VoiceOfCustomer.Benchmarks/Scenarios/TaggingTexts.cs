using System.Globalization;
using CsvHelper;
using VoiceOfCustomer.Benchmarks.Load;

namespace VoiceOfCustomer.Benchmarks.Scenarios;

/// <summary>
/// What the tagging benchmark tags: the twelve multilingual SampleFeedback texts (eleven languages, seven scripts)
/// mixed one in four with English app reviews of tests/datasets/minibar_en (a few words to a few hundred).
/// </summary>
internal static class TaggingTexts
{
    public static List<(string? Language, string Text)> Load()
    {
        var reviews = new List<string>();
        foreach (var file in new[] { "garmin_connect.en.csv", "huawei_health.en.csv" })
        {
            using var reader = new StreamReader(Path.Combine(Datasets(), "minibar_en", file));
            using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                reviews.Add(csv.GetField("data") ?? "");
            }
        }

        var texts = new List<(string?, string)>();
        for (var i = 0; i < reviews.Count; i++)
        {
            texts.Add((null, reviews[i]));
            if (i % 3 == 0)
            {
                var sample = SampleFeedback.Texts[i / 3 % SampleFeedback.Texts.Count];
                texts.Add((sample.Language, sample.Text));
            }
        }

        return texts;
    }

    private static string Datasets()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "tests", "datasets")))
            {
                return Path.Combine(folder.FullName, "tests", "datasets");
            }
        }

        throw new InvalidOperationException("Run from inside the repository: tests/datasets was not found above the current folder.");
    }
}
