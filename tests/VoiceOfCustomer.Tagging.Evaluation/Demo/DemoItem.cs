using System.Globalization;
using VoiceOfCustomer.AllInOne.Demo;
using VoiceOfCustomer.Taggers.Kind;

namespace VoiceOfCustomer.Tagging.Evaluation.Demo;

/// <summary>
/// One distinct text the demo seeds (services/AllInOne/Demo): a frame around a request topic, so its request (the
/// topic) and its kind (the frame's: request, problem or praise) are known.
/// </summary>
internal sealed record DemoItem(string Language, string Topic, FeedbackKind Kind, string Text)
{
    /// <summary>Every distinct demo text: each language's frames of each kind around each topic.</summary>
    public static List<DemoItem> All() =>
    [
        .. from language in DemoLanguages.All
           from frames in new[]
           {
               (Kind: FeedbackKind.FeatureRequest, Frames: language.Requests),
               (Kind: FeedbackKind.ProblemReport, Frames: language.Problems),
               (Kind: FeedbackKind.Praise, Frames: language.Praise),
           }
           from frame in frames.Frames
           from topic in DemoLanguages.TopicKeys
           select new DemoItem(language.Code, topic, frames.Kind, string.Format(CultureInfo.InvariantCulture, frame, language.Topics[topic])),
    ];
}
