using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Tests.Kind;

/// <summary>A tiny training set whose kinds are told apart by their words alone, and a model trained on it.</summary>
internal static class TinyKindSet
{
    public static readonly KindTrainingOptions Options = new() { HashBits = 14, Epochs = 30, MinExamplesForModel = 1, ThresholdFolds = 1 };

    public static IReadOnlyList<KindExample> Examples { get; } =
    [
        .. new[] { "the app crashes at start", "it crashes when syncing", "crashes all the time", "crashes after the update", "constant crashes on my phone", "crashes twice a day" }
            .Select(t => Example(t, FeedbackKind.ProblemReport)),
        .. new[] { "please add dark mode", "please add an export", "please add widgets", "please add a calendar", "please add more languages", "please add alarms" }
            .Select(t => Example(t, FeedbackKind.FeatureRequest)),
        .. new[] { "lovely colours", "lovely design", "lovely and simple", "a lovely tool", "lovely charts", "lovely work" }
            .Select(t => Example(t, FeedbackKind.Praise)),
        .. new[] { "my cat sleeps", "the weather today", "a tree outside", "lunch at noon", "trains and buses", "the sky is blue" }
            .Select(t => new KindExample(t, "en", new HashSet<FeedbackKind>())),
    ];

    public static KindClassifier Train() => KindTrainer.Train(Examples, Options);

    private static KindExample Example(string text, FeedbackKind kind) => new(text, "en", new HashSet<FeedbackKind> { kind });
}
