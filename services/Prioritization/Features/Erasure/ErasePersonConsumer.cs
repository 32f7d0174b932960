using System.Globalization;
using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Prioritization.Features.Erasure;

/// <summary>
/// Redacts a person's data in Prioritization's copy of the feedback text (GDPR erasure): every item of the account, or
/// every item whose text names the email, loses each personal data span the detector finds. Prioritization never had
/// the contact's name (Ingestion redacts it at the source). Redacting twice changes nothing.
/// </summary>
public sealed class ErasePersonConsumer(Database database, ILogger<ErasePersonConsumer> logger) : IConsumer<PersonErasureRequested>
{
    private const string OfAccount = "SELECT feedback_id AS FeedbackId, text AS Text FROM prioritization_inbox WHERE account_id = @AccountId";
    private const string NamingEmail = "SELECT feedback_id AS FeedbackId, text AS Text FROM prioritization_inbox WHERE LOWER(text) LIKE @Pattern";
    private const string Update = "UPDATE prioritization_inbox SET text = @Text WHERE feedback_id = @FeedbackId";

    public async Task Consume(ConsumeContext<PersonErasureRequested> context)
    {
        var request = context.Message;
        var email = request.ContactEmail?.Trim().ToLower(CultureInfo.InvariantCulture);
        await using var work = await database.BeginAsync(context.CancellationToken);
        var items = (await work.QueryAsync<InboxText>(request.AccountId is null ? NamingEmail : OfAccount,
            new { request.AccountId, Pattern = $"%{email}%" }, context.CancellationToken)).ToList();
        var redacted = items.Select(item => item with { Text = PersonalDataDetector.Mask(item.Text) }).Where((item, i) => item.Text != items[i].Text).ToList();
        await work.ExecuteAsync(Update, redacted, context.CancellationToken);
        await work.CommitAsync(context.CancellationToken);
        logger.LogInformation("Erasure {ErasureId}: {Redacted} of {Found} inbox texts redacted", request.ErasureId, redacted.Count, items.Count);
    }

    private sealed record InboxText
    {
        public Guid FeedbackId { get; init; }

        public string Text { get; init; } = "";
    }
}
