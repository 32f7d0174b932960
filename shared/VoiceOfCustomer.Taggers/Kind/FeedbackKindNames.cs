namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>The snake_case names of the kinds, as written in the phrase file, the model file and tags.</summary>
public static class FeedbackKindNames
{
    public static string Name(FeedbackKind kind) => kind switch
    {
        FeedbackKind.ProblemReport => "problem_report",
        FeedbackKind.FeatureRequest => "feature_request",
        FeedbackKind.Praise => "praise",
        FeedbackKind.Question => "question",
        FeedbackKind.Other => "other",
        FeedbackKind.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a feedback kind"),
    };

    public static FeedbackKind Parse(string name) => name switch
    {
        "problem_report" => FeedbackKind.ProblemReport,
        "feature_request" => FeedbackKind.FeatureRequest,
        "praise" => FeedbackKind.Praise,
        "question" => FeedbackKind.Question,
        "other" => FeedbackKind.Other,
        "unknown" => FeedbackKind.Unknown,
        _ => throw new FormatException($"'{name}' is not a feedback kind"),
    };
}
