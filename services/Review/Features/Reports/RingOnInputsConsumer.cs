using MassTransit;
using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>
/// Asks the reports to refresh when feedback is watched (recorded in review_feedback) or accounts change, so voice
/// gaps follow new feedback and accounts within the debounce instead of the poll.
/// </summary>
public sealed class RingOnInputsConsumer(ReportsRefresh refresh) : IConsumer<FeedbackWatched>, IConsumer<AccountsUpserted>
{
    public Task Consume(ConsumeContext<FeedbackWatched> context)
    {
        refresh.Request();
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<AccountsUpserted> context)
    {
        refresh.Request();
        return Task.CompletedTask;
    }
}
