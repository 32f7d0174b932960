using System.Globalization;

namespace VoiceOfCustomer.Ingestion.Features.Feedback;

/// <summary>Position in the newest-first feedback list: the submission time and id of the last item seen.</summary>
internal sealed record FeedbackCursor(DateTimeOffset SubmittedAt, Guid FeedbackId)
{
    public static string After(DateTimeOffset submittedAt, Guid feedbackId) =>
        $"{submittedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}_{feedbackId:N}";

    public static FeedbackCursor? Parse(string? cursor)
    {
        var parts = cursor?.Split('_');
        return parts is [var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
            && utcTicks is > 0 and < 3155378975999999999
            && Guid.TryParseExact(id, "N", out var feedbackId)
                ? new FeedbackCursor(new DateTimeOffset(utcTicks, TimeSpan.Zero), feedbackId)
                : null;
    }
}
