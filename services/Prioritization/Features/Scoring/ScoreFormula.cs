using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace VoiceOfCustomer.Prioritization.Features.Scoring;

/// <summary>
/// The request score, version <see cref="Version"/> (docs/prioritization.md): pure arithmetic over the accounts behind a
/// request, with no clock and no storage. The options are read once, at construction: a formula's weights never change
/// under its version.
/// </summary>
public sealed class ScoreFormula
{
    /// <summary>The moment ranking keys are scaled to: a key is the score as of this moment.</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Earliest date accepted for an item or for now (the earliest item Ingestion accepts).</summary>
    public static readonly DateTimeOffset EarliestDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Latest date accepted for an item or for now: up to it no figure overflows (docs/prioritization.md).</summary>
    public static readonly DateTimeOffset LatestDate = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>What an unknown severity counts as: the middle of the scale, so "unknown" never ranks below an average known value.</summary>
    public const double UnknownSeverity = 0.5;

    /// <summary>Largest ARR accepted (10^15): keeps the plain ARR total of any request within a decimal.</summary>
    public const decimal MaxArr = 1_000_000_000_000_000m;

    private readonly double _baseWeight;
    private readonly double _importanceWeight;
    private readonly double _goalWeight;
    private readonly double _severityWeight;
    private readonly double _halfLifeDays;
    private readonly double _revenueWeight;
    private readonly double _revenueCapFactor;
    private readonly double _voiceGapMaxWeight;

    public ScoreFormula(IOptions<FormulaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        // The host validates on start; checking again here keeps a formula built by hand (tests, tools) as safe.
        Validator.ValidateObject(o, new ValidationContext(o), validateAllProperties: true);
        Version = o.Version;
        _baseWeight = o.BaseWeight;
        _importanceWeight = o.ImportanceWeight;
        _goalWeight = o.GoalWeight;
        _severityWeight = o.SeverityWeight;
        _halfLifeDays = o.RecencyHalfLifeDays;
        _revenueWeight = o.RevenueEnabled ? o.RevenueWeight : 0;
        // Revenue <= Need * c / (1 - c) is the same as Revenue <= c * (Need + Revenue).
        _revenueCapFactor = o.RevenueCapShare / (1 - o.RevenueCapShare);
        _voiceGapMaxWeight = o.VoiceGapMaxWeight;
    }

    /// <summary>The formula version recorded with every score it makes.</summary>
    public int Version { get; }

    /// <summary>
    /// Scores a request from the accounts behind it, each with its latest assessment. An account given twice counts
    /// once, with the assessment of the latest <see cref="AccountAssessment.LatestAt"/> (the later one in the sequence
    /// on a tie). Every figure but the ranking key is as of <paramref name="now"/>.
    /// </summary>
    public ScoreBreakdown Score(IEnumerable<AccountAssessment> accounts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        AssessmentRules.CheckDate(now, nameof(now), "now");
        var latest = new Dictionary<string, AccountAssessment>(StringComparer.Ordinal);
        foreach (var account in accounts)
        {
            AssessmentRules.Validate(account, nameof(accounts));
            if (!latest.TryGetValue(account.AccountId, out var seen) || account.LatestAt >= seen.LatestAt)
            {
                latest[account.AccountId] = account;
            }
        }

        var terms = new Terms();
        var parts = new List<(AccountAssessment Account, double Need, double Revenue, double Voice, double Recency)>(latest.Count);
        // In a fixed order, so the same accounts give the same key to the last bit whatever order they come in.
        foreach (var a in latest.Values.OrderBy(a => a.AccountId, StringComparer.Ordinal))
        {
            var importance = _importanceWeight * a.Importance / 3;
            var goal = _goalWeight * a.GoalProximity / 3;
            var severity = _severityWeight * (a.Severity ?? UnknownSeverity);
            var need = _baseWeight + importance + goal + severity;
            var voice = VoiceWeight(a.VoiceGapRatio);
            var revenue = _revenueWeight * Math.Log10(1 + (double)a.Arr) / 6;
            var growth = Growth(a.LatestAt - Epoch);
            var recency = Growth(a.LatestAt - now);

            terms.NeedKey += voice * need * growth;
            terms.RevenueKey += revenue * growth;
            terms.Base += _baseWeight * recency;
            terms.Importance += importance * recency;
            terms.Goal += goal * recency;
            terms.Severity += severity * recency;
            terms.VoiceGapUplift += (voice - 1) * need * recency;
            terms.Need += voice * need * recency;
            terms.RevenueRaw += revenue * recency;
            terms.Arr += a.Arr;
            parts.Add((a, voice * need * recency, revenue * recency, voice, recency));
        }

        var revenueNow = Math.Min(terms.RevenueRaw, terms.Need * _revenueCapFactor);
        // The capped revenue is shared in proportion to what each account's revenue would have added.
        var revenueShare = terms.RevenueRaw > 0 ? revenueNow / terms.RevenueRaw : 0;
        var scored = parts
            .Select(p => new AccountScore(
                p.Account.AccountId, p.Need + p.Revenue * revenueShare, p.Need, p.Revenue * revenueShare, p.Voice, p.Recency, p.Account))
            .OrderByDescending(s => s.Contribution)
            .ThenBy(s => s.AccountId, StringComparer.Ordinal)
            .ToList();

        return new ScoreBreakdown(
            Version,
            RankingKey: terms.NeedKey + Math.Min(terms.RevenueKey, terms.NeedKey * _revenueCapFactor),
            AsOf: now,
            Score: terms.Need + revenueNow,
            Need: terms.Need,
            RevenueRaw: terms.RevenueRaw,
            Revenue: revenueNow,
            RevenueCapped: terms.RevenueRaw > revenueNow,
            Reach: latest.Count,
            Base: terms.Base,
            Importance: terms.Importance,
            Goal: terms.Goal,
            Severity: terms.Severity,
            VoiceGapUplift: terms.VoiceGapUplift,
            RevenueOnlyKey: terms.Arr,
            Accounts: scored);
    }

    /// <summary>
    /// A stored ranking key's score as of <paramref name="now"/>: the key times the same decay for every request, so
    /// the order of keys is the order of today's scores. Only keys of this <see cref="Version"/> are comparable.
    /// </summary>
    public double ScoreAt(double rankingKey, DateTimeOffset now)
    {
        if (!double.IsFinite(rankingKey) || rankingKey < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rankingKey), rankingKey, "A ranking key is a finite number, 0 or more.");
        }

        AssessmentRules.CheckDate(now, nameof(now), "now");
        return rankingKey * Growth(Epoch - now);
    }

    /// <summary>2^(elapsed / half-life): growth for a positive span, decay for a negative one.</summary>
    private double Growth(TimeSpan elapsed) => Math.Pow(2, elapsed.TotalDays / _halfLifeDays);

    /// <summary>1 / ratio between 1 (no gap: a ratio of 1 or more) and the configured maximum.</summary>
    private double VoiceWeight(double? ratio) => ratio is { } r ? Math.Clamp(1 / r, 1, _voiceGapMaxWeight) : 1;

    /// <summary>Running sums over the accounts: the key's two parts (scaled to the epoch) and the terms as of now.</summary>
    private sealed class Terms
    {
        public double NeedKey { get; set; }
        public double RevenueKey { get; set; }
        public double Base { get; set; }
        public double Importance { get; set; }
        public double Goal { get; set; }
        public double Severity { get; set; }
        public double VoiceGapUplift { get; set; }
        public double Need { get; set; }
        public double RevenueRaw { get; set; }
        public decimal Arr { get; set; }
    }
}
