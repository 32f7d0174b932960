using System.Buffers;
using System.Reflection;

namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// Tags the kinds of a feedback item (problem report, feature request, praise, question, other, or unknown) and its
/// churn risk. A language the model has learned from enough examples (300 by default) gets the model's probabilities and the n-grams
/// that pushed them, and an explicit request wording ("please add") makes a feature request whatever the model says;
/// any other language gets phrase matches at low confidence, or unknown. Corrections train the model
/// online (<see cref="Learn"/>). Load once and share: tagging is lock-free, corrections are serialized.
/// </summary>
public sealed class KindClassifier
{
    /// <summary>Confidence of a kind from one matching phrase, and from two or more (never above 0.5).</summary>
    public const double PhraseConfidence = 0.4;

    public const double SeveralPhrasesConfidence = 0.5;

    /// <summary>Confidence of churn risk from a phrase in a language the model knows (else <see cref="SeveralPhrasesConfidence"/>).</summary>
    public const double ChurnPhraseConfidence = 0.6;

    /// <summary>
    /// The least confidence of a feature request found by an explicit wording ("please add") in a language the model
    /// knows: 85-88% of the minibar reviews holding one are labeled a request (`-- kind-labels`).
    /// </summary>
    public const double ExplicitRequestConfidence = 0.8;

    /// <summary>Step size and L2 of one online correction (chosen with the learning curve in docs/tagging/kind.md).</summary>
    public const float OnlineLearningRate = 0.05f;

    public const float OnlineL2 = 1e-4f;

    private const int WhyCount = 3;
    internal const int MaxPhraseHits = 32;
    private const string ResourceName = "VoiceOfCustomer.Taggers/Kind/Data/kind-model.bin";

    private readonly KindModel model;
    private readonly KindPhrases phrases;
    private readonly Lock learning = new();

    internal KindClassifier(KindModel model, KindPhrases phrases)
    {
        this.model = model;
        this.phrases = phrases;
    }

    /// <summary>The kinds the model learns, in its order.</summary>
    public IReadOnlyList<FeedbackKind> LearnedKinds => model.Kinds;

    /// <summary>The model shipped with the library (trained on tests/datasets/minibar_en) and the shipped phrases.</summary>
    public static KindClassifier LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing: run Kind/build-kind-model.sh");
        return Load(stream);
    }

    /// <summary>A model saved by <see cref="Save"/> (corrections included), with the shipped phrases unless others are given.</summary>
    public static KindClassifier Load(Stream stream, KindPhrases? phrases = null) => new(KindModelFile.Read(stream), phrases ?? KindPhrases.Default);

    /// <summary>Writes the model with every correction learned so far.</summary>
    public void Save(Stream stream)
    {
        lock (learning)
        {
            KindModelFile.Write(model, stream);
        }
    }

    /// <summary>The probability at or above which a learned kind is assigned (feature request: or an explicit request wording).</summary>
    public double Threshold(FeedbackKind kind) => model.Thresholds[IndexOf(kind)];

    /// <summary>How many examples of this language the model has learned from (training and corrections).</summary>
    public int ExamplesSeen(string language) => model.ExamplesOf(PrimaryLanguage(language));

    /// <summary>Whether items in this language are tagged by the model (else by phrases).</summary>
    public bool UsesModel(string? language) => language is not null && ExamplesSeen(language) >= model.MinExamplesForModel;

    /// <summary>Tags one item; <paramref name="language"/> is its ISO 639-1 code, or null when it is not known.</summary>
    public KindTag Tag(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var primary = language is null ? null : PrimaryLanguage(language);
        var folded = ArrayPool<char>.Shared.Rent(text.Length);
        var features = ArrayPool<FeatureSpan>.Shared.Rent(KindFeatures.Capacity(text.Length));
        try
        {
            Span<int> hits = stackalloc int[MaxPhraseHits];
            var count = KindFeatures.Extract(text, primary, phrases, folded, features, hits, out var hitCount, model.HashBits);
            var modelTags = UsesModel(primary);
            var churn = Churn(hits[..hitCount], modelTags);
            return modelTags
                ? KindByModel(text, features.AsSpan(0, count), phrases.ExplicitRequest(hits[..hitCount]), churn)
                : KindByPhrases(text, hits[..hitCount], phrases.ExplicitRequest(hits[..hitCount]), churn);
        }
        finally
        {
            ArrayPool<FeatureSpan>.Shared.Return(features);
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    /// <summary>
    /// Learns from a correction: <paramref name="correctKinds"/> are all the kinds the item is (none of the learned
    /// ones, or just <see cref="FeedbackKind.Other"/>, teaches that it is none of them). One gradient step per call.
    /// </summary>
    public void Learn(string text, string language, IReadOnlySet<FeedbackKind> correctKinds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(correctKinds);
        if (correctKinds.Contains(FeedbackKind.Unknown))
        {
            throw new ArgumentException("a correction names what the item is; unknown is not a kind to learn", nameof(correctKinds));
        }

        if (correctKinds.Contains(FeedbackKind.Other) && correctKinds.Any(k => k != FeedbackKind.Other))
        {
            throw new ArgumentException("other means none of the other kinds, so it cannot come with them", nameof(correctKinds));
        }

        var folded = ArrayPool<char>.Shared.Rent(text.Length);
        var features = ArrayPool<FeatureSpan>.Shared.Rent(KindFeatures.Capacity(text.Length));
        try
        {
            Span<int> hits = stackalloc int[MaxPhraseHits];
            var count = KindFeatures.Extract(text, PrimaryLanguage(language), phrases, folded, features, hits, out _, model.HashBits);
            lock (learning)
            {
                model.Step(features.AsSpan(0, count), correctKinds, OnlineLearningRate, OnlineL2);
                model.ExamplesByLanguage.AddOrUpdate(PrimaryLanguage(language), 1, (_, n) => n + 1);
            }
        }
        finally
        {
            ArrayPool<FeatureSpan>.Shared.Return(features);
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    /// <summary>"en-US" and "EN" are both "en".</summary>
    internal static string PrimaryLanguage(string language)
    {
        var dash = language.AsSpan().IndexOfAny('-', '_');
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }

    private KindTag KindByModel(string text, ReadOnlySpan<FeatureSpan> features, string? explicitRequest, ChurnRisk churn)
    {
        var kinds = model.Kinds.Length;
        Span<float> probabilities = stackalloc float[kinds];
        model.Probabilities(features, probabilities);
        var why = KindWhy.Strongest(model, text, features, WhyCount);
        var scores = new List<KindScore>(kinds + 1);
        var assigned = new List<FeedbackKind>(2);
        var noneProbability = 1.0;
        for (var k = 0; k < kinds; k++)
        {
            var isAssigned = probabilities[k] >= model.Thresholds[k];
            if (explicitRequest is not null && model.Kinds[k] == FeedbackKind.FeatureRequest)
            {
                // An outright request ("please add") is one whatever the model learned from its training app.
                isAssigned = true;
                probabilities[k] = Math.Max(probabilities[k], (float)ExplicitRequestConfidence);
                why[k] = [explicitRequest, .. why[k].Where(w => w != explicitRequest).Take(WhyCount - 1)];
            }

            scores.Add(new KindScore(model.Kinds[k], probabilities[k], isAssigned, why[k]));
            noneProbability *= 1 - probabilities[k];
            if (isAssigned)
            {
                assigned.Add(model.Kinds[k]);
            }
        }

        scores.Add(new KindScore(FeedbackKind.Other, noneProbability, assigned.Count == 0, []));
        if (assigned.Count == 0)
        {
            assigned.Add(FeedbackKind.Other);
        }

        return new KindTag(assigned, scores, churn, KindSource.Model);
    }

    private KindTag KindByPhrases(string text, ReadOnlySpan<int> hits, string? explicitRequest, ChurnRisk churn)
    {
        var scores = new List<KindScore>();
        foreach (var kind in model.Kinds)
        {
            var category = Array.IndexOf(KindPhrases.Categories, FeedbackKindNames.Name(kind));
            var why = new List<string>();
            foreach (var id in hits)
            {
                if (phrases.Category(id) == category)
                {
                    why.Add(phrases.Text(id));
                }
            }

            if (kind == FeedbackKind.Question && KindPhrases.HasQuestionMark(text))
            {
                why.Add("?");
            }

            if (kind == FeedbackKind.FeatureRequest && explicitRequest is not null && !why.Contains(explicitRequest))
            {
                why.Add(explicitRequest);
            }

            if (why.Count > 0)
            {
                scores.Add(new KindScore(kind, why.Count > 1 ? SeveralPhrasesConfidence : PhraseConfidence, true, why));
            }
        }

        return scores.Count == 0
            ? new KindTag([FeedbackKind.Unknown], [], churn, KindSource.Unknown)
            : new KindTag([.. scores.Select(s => s.Kind)], scores, churn, KindSource.Phrases);
    }

    private ChurnRisk Churn(ReadOnlySpan<int> hits, bool modelLanguage)
    {
        List<string>? why = null;
        foreach (var id in hits)
        {
            if (phrases.Category(id) == KindPhrases.ChurnRisk)
            {
                (why ??= []).Add(phrases.Text(id));
            }
        }

        return why is null ? ChurnRisk.None : new ChurnRisk(true, modelLanguage ? ChurnPhraseConfidence : SeveralPhrasesConfidence, why);
    }

    private int IndexOf(FeedbackKind kind)
    {
        var index = Array.IndexOf(model.Kinds, kind);
        return index >= 0 ? index : throw new ArgumentException($"{kind} is not a learned kind", nameof(kind));
    }
}
