namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// What a piece of feedback is. An item may be several kinds at once (a question that reports a problem);
/// <see cref="Other"/> means the tagger knows it is none of the others, <see cref="Unknown"/> that it cannot tell
/// (a language it has no model and no matching phrase for), which must never lower an item's priority.
/// </summary>
public enum FeedbackKind
{
    ProblemReport,
    FeatureRequest,
    Praise,
    Question,
    Other,
    Unknown,
}
