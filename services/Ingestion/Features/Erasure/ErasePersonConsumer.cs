using System.Globalization;
using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Ingestion.Features.Erasure;

/// <summary>
/// Redacts a person's data in the feedback as logged (GDPR erasure): on every item of the account, or of the contact
/// with the email, the contact name and email are cleared and the text and business goal lose the person's name and
/// every personal data span; any other item whose text names the email loses it too. Redacting twice changes
/// nothing, so a redelivered request is harmless.
/// </summary>
public sealed class ErasePersonConsumer(Database database, ILogger<ErasePersonConsumer> logger) : IConsumer<PersonErasureRequested>
{
    private const string Columns = "feedback_id AS FeedbackId, contact_name AS ContactName, contact_email AS ContactEmail, text AS Text, business_goal AS BusinessGoal";
    private const string OfAccount = $"SELECT {Columns} FROM ingestion_feedback WHERE account_id = @AccountId";
    private const string OfContact = $"SELECT {Columns} FROM ingestion_feedback WHERE LOWER(contact_email) = @Email OR LOWER(text) LIKE @Pattern OR LOWER(business_goal) LIKE @Pattern";

    private const string Update = """
        UPDATE ingestion_feedback SET contact_name = @ContactName, contact_email = @ContactEmail, text = @Text, business_goal = @BusinessGoal
        WHERE feedback_id = @FeedbackId
        """;

    public async Task Consume(ConsumeContext<PersonErasureRequested> context)
    {
        var request = context.Message;
        var email = request.ContactEmail?.Trim().ToLower(CultureInfo.InvariantCulture);
        await using var work = await database.BeginAsync(context.CancellationToken);
        var items = (await work.QueryAsync<LoggedItem>(request.AccountId is null ? OfContact : OfAccount,
            new { request.AccountId, Email = email, Pattern = $"%{email}%" }, context.CancellationToken)).ToList();
        var redacted = 0;
        foreach (var item in items)
        {
            var theirs = email is null || string.Equals(item.ContactEmail?.Trim(), email, StringComparison.OrdinalIgnoreCase);
            var name = theirs ? item.ContactName : null;
            var erased = new LoggedItem
            {
                FeedbackId = item.FeedbackId,
                ContactName = theirs ? null : item.ContactName,
                ContactEmail = theirs ? null : item.ContactEmail,
                Text = ErasedText.Of(item.Text, name) ?? "",
                BusinessGoal = ErasedText.Of(item.BusinessGoal, name),
            };
            if (erased != item)
            {
                await work.ExecuteAsync(Update, erased, context.CancellationToken);
                redacted++;
            }
        }

        await work.CommitAsync(context.CancellationToken);
        logger.LogInformation("Erasure {ErasureId}: {Redacted} of {Found} feedback items redacted", request.ErasureId, redacted, items.Count);
    }

    /// <summary>The personal data an item holds, as ingestion_feedback stores it.</summary>
    private sealed record LoggedItem
    {
        public Guid FeedbackId { get; init; }

        public string? ContactName { get; init; }

        public string? ContactEmail { get; init; }

        public string Text { get; init; } = "";

        public string? BusinessGoal { get; init; }
    }
}
