using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Ingestion.Features.Feedback;

internal static class FeedbackMapping
{
    public static FeedbackDetails ToDetails(this NewFeedback feedback) => new(
        feedback.AccountId, feedback.CsmId, feedback.SourceChannel, feedback.CsmImportance, feedback.GoalProximity,
        feedback.Language, feedback.OccurredAt);
}
