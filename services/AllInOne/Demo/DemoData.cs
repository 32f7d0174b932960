using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Ingestion.Features.Feedback;

namespace VoiceOfCustomer.AllInOne.Demo;

/// <summary>
/// A realistic, deterministic customer base and feedback stream (same seed, same data). One CSM,
/// csm.bob, covers both English and non-English accounts and rates the non-English ones lower and logs
/// fewer of them: the skew the reviewer exists to catch. (His triage skew is seeded once triage exists.)
/// </summary>
internal static class DemoData
{
    public const string SkewedCsm = "csm.bob";

    private static readonly string[] SizeBands = ["1-10", "11-50", "51-200", "201-1000", "1001-5000", "5001+"];
    private static readonly string[] Industries = ["Retail", "Manufacturing", "Healthcare", "Education", "Finance", "Logistics", "Public sector", "Software"];
    private static readonly string[] Channels = ["call", "meeting", "email", "ticket", "chat", "survey", "community"];
    private static readonly string[] Roles = ["IT admin", "Finance lead", "End user", "Executive sponsor", "Operations manager"];
    private static readonly string[] DrivenBy = ["revenue", "value", "unsure"];
    private static readonly string[] Goals =
    [
        "close the books within 3 days", "pass the annual security audit", "let field teams work without signal", "bill customers in 12 countries",
        "give managers self-serve reporting", "meet the European Accessibility Act", "sync orders with the ERP automatically", "halve admin time",
    ];

    private static readonly (string Plan, decimal MinArr, decimal MaxArr, int Weight)[] Plans =
        [("free", 0, 0, 15), ("starter", 1_200, 12_000, 35), ("pro", 12_000, 80_000, 35), ("enterprise", 80_000, 900_000, 15)];

    public static IReadOnlyList<AccountProfile> Accounts(int count, int seed = 2026)
    {
        var random = new Random(seed);
        return Enumerable.Range(1, count).Select(n =>
        {
            var market = Pick(random, DemoMarket.All, m => m.Weight);
            var plan = Pick(random, Plans, p => p.Weight);
            var arr = plan.MaxArr == 0 ? 0 : decimal.Round(plan.MinArr + (plan.MaxArr - plan.MinArr) * (decimal)Math.Pow(random.NextDouble(), 2), 2);
            var custom = new Dictionary<string, string>(StringComparer.Ordinal) { ["csm"] = market.Csms[random.Next(market.Csms.Count)] };
            if (random.NextDouble() < 0.06)
            {
                custom["accessibility_needs"] = "yes";
            }

            if (random.NextDouble() < 0.4)
            {
                custom["what_drives_us"] = DrivenBy[random.Next(DrivenBy.Length)];
            }

            return new AccountProfile($"ACC-{n:D4}", $"{market.Country} {Industries[n % Industries.Length]} Co {n}", market.Region, market.Country,
                market.Language, SizeBands[random.Next(SizeBands.Length)], Industries[random.Next(Industries.Length)], plan.Plan, arr, custom);
        }).ToList();
    }

    /// <summary>Feedback items with the request topic each one is about (the ground truth for request suggestion).</summary>
    public static IReadOnlyList<(string Topic, FeedbackInput Input)> Feedback(IReadOnlyList<AccountProfile> accounts, int count, DateTimeOffset now, int seed = 2026)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var random = new Random(seed + 1);
        var languages = DemoLanguages.All.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var items = new List<(string, FeedbackInput)>(count);
        while (items.Count < count)
        {
            var account = accounts[random.Next(accounts.Count)];
            var csm = account.Custom["csm"];
            var english = account.Language == "en";
            if (csm == SkewedCsm && !english && random.NextDouble() < 0.5)
            {
                continue; // half of what non-English customers tell csm.bob is never logged
            }

            var topicIndex = Math.Min(DemoLanguages.TopicKeys.Count - 1, (int)(-Math.Log(1 - random.NextDouble()) * 2.2));
            var topic = DemoLanguages.TopicKeys[topicIndex];
            var language = random.NextDouble() < 0.1 ? languages["en"] : languages[account.Language];
            var roll = random.NextDouble();
            var frames = roll < 0.6 ? language.Requests : roll < 0.9 ? language.Problems : language.Praise;
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, frames[random.Next(frames.Count)], language.Topics[topic]);
            var importance = csm == SkewedCsm && !english ? random.Next(0, 2) : random.Next(1, 4);
            var proximity = csm == SkewedCsm && !english ? 0 : random.Next(0, 4);
            items.Add((topic, new FeedbackInput(
                account.AccountId, Roles[random.Next(Roles.Length)], null, text, Channels[random.Next(Channels.Length)], csm, importance,
                proximity > 0 ? Goals[topicIndex] : null, proximity, random.NextDouble() < 0.5 ? language.Code : null,
                now.AddMinutes(-random.Next(1, 90 * 24 * 60)), $"demo-{items.Count + 1:D5}")));
        }

        return items;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> options, Func<T, int> weight)
    {
        var roll = random.Next(options.Sum(weight));
        foreach (var option in options)
        {
            roll -= weight(option);
            if (roll < 0)
            {
                return option;
            }
        }

        return options[^1];
    }
}
