using MassTransit;
using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// Appends every triage decision, hold, disposition, failed sign-in, formula change, taxonomy change and request merge
/// to the audit log. Each is keyed by its own id, so a redelivered message appends nothing new.
/// </summary>
public sealed class RecordAuditEventsConsumer(AuditLog log, AuditEntries entries)
    : IConsumer<FeedbackTriaged>, IConsumer<FeedbackHeld>, IConsumer<ReviewResolved>, IConsumer<SignInFailed>, IConsumer<FormulaChanged>,
        IConsumer<TaxonomyChanged>, IConsumer<RequestMerged>
{
    public Task Consume(ConsumeContext<FeedbackTriaged> context) => AppendAsync(context, entries.Of(context.Message));

    public Task Consume(ConsumeContext<FeedbackHeld> context) => AppendAsync(context, AuditEntries.Of(context.Message));

    public Task Consume(ConsumeContext<ReviewResolved> context) => AppendAsync(context, AuditEntries.Of(context.Message));

    public Task Consume(ConsumeContext<SignInFailed> context) => AppendAsync(context, AuditEntries.Of(context.Message));

    public Task Consume(ConsumeContext<FormulaChanged> context) => AppendAsync(context, AuditEntries.Of(context.Message));

    public Task Consume(ConsumeContext<TaxonomyChanged> context) => AppendAsync(context, AuditEntries.Of(context.Message));

    public Task Consume(ConsumeContext<RequestMerged> context) => AppendAsync(context, AuditEntries.Of(context.Message));

    private async Task AppendAsync(ConsumeContext context, AuditEntry entry) => await log.AppendAsync(entry, context.CancellationToken);
}
