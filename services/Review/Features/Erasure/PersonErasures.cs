using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Review.Features.Audit;
using VoiceOfCustomer.Taggers.PersonalData;

namespace VoiceOfCustomer.Review.Features.Erasure;

/// <summary>
/// Erases a person's personal data (GDPR) as far as Review holds it, in one transaction: the texts it keeps for
/// reviewers and the CSMs' reason texts lose their personal data spans, the audit log gets an "erasure" record
/// holding only keyed hashes, and PersonErasureRequested leaves through the outbox for the other services. The audit
/// chain is untouched: its records never held the data.
/// </summary>
public sealed class PersonErasures(Database database, AuditLog log, PersonalDataHash personalData, [FromKeyedServices(ReviewModule.Name)] Outbox outbox, TimeProvider clock)
{
    public const string AuditType = "erasure";

    private const string TextsOfAccount = "SELECT feedback_id AS FeedbackId, text AS Text FROM review_feedback_text WHERE account_id = @AccountId";
    private const string TextsMentioning = "SELECT feedback_id AS FeedbackId, text AS Text FROM review_feedback_text WHERE LOWER(text) LIKE @Pattern";
    private const string UpdateText = "UPDATE review_feedback_text SET text = @Text WHERE feedback_id = @FeedbackId";
    private const string ReasonsOfAccount = "SELECT hold_id AS Id, reason_text AS Text FROM review_holds WHERE account_id = @AccountId AND reason_text IS NOT NULL";
    private const string ReasonsMentioning = "SELECT hold_id AS Id, reason_text AS Text FROM review_holds WHERE LOWER(reason_text) LIKE @Pattern";
    private const string UpdateReason = "UPDATE review_holds SET reason_text = @Text WHERE hold_id = @Id";

    public async Task<IResult> EraseAsync(ErasureInput input, ClaimsPrincipal admin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(admin);
        var errors = new ValidationErrors();
        input.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        var erasureId = Guid.CreateVersion7(now);
        await using var work = await database.BeginAsync(cancellationToken);
        var redacted = await RedactAsync(work, input, cancellationToken);
        var requested = new PersonErasureRequested(erasureId, Guid.NewGuid(), now, input.Account, input.Email, admin.UserName());
        var appended = await log.AppendAsync(work, new AuditEntry($"{nameof(PersonErasureRequested)}:{erasureId}", admin.UserName(), AuditType, new JsonObject
        {
            ["erasureId"] = erasureId.ToString("D"),
            ["requestedAt"] = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["accountIdHmac"] = input.Account is { } account ? personalData.Of(account) : null,
            ["contactEmailHmac"] = input.Email is { } email ? personalData.Of(email) : null,
            ["reviewTextsRedacted"] = redacted,
        }), cancellationToken);
        await outbox.AddAsync(work, MessageIds.For(erasureId, nameof(PersonErasureRequested)), requested.CorrelationId, requested, cancellationToken);
        await work.CommitAsync(cancellationToken);
        outbox.Notify();
        return TypedResults.Accepted($"/api/audit?before={appended.Record.Seq + 1}", new ErasureReceipt(erasureId, now, redacted, appended.Record.Seq));
    }

    /// <summary>Masks the personal data spans of the account's texts, or of every text naming the email; returns how many changed.</summary>
    private static async Task<int> RedactAsync(UnitOfWork work, ErasureInput input, CancellationToken cancellationToken)
    {
        var email = input.Email?.ToLower(CultureInfo.InvariantCulture);
        var parameters = new { AccountId = input.Account, Pattern = $"%{email}%" };
        var texts = await work.QueryAsync<Redactable>(input.Account is null ? TextsMentioning : TextsOfAccount, parameters, cancellationToken);
        var reasons = await work.QueryAsync<Redactable>(input.Account is null ? ReasonsMentioning : ReasonsOfAccount, parameters, cancellationToken);
        var changed = 0;
        foreach (var (rows, update) in new[] { (texts, UpdateText), (reasons, UpdateReason) })
        {
            foreach (var row in rows.Where(row => email is null || row.Text.Contains(email, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                var masked = PersonalDataDetector.Mask(row.Text);
                if (!string.Equals(masked, row.Text, StringComparison.Ordinal))
                {
                    await work.ExecuteAsync(update, new { row.Id, row.FeedbackId, Text = masked }, cancellationToken);
                    changed += update == UpdateText ? 1 : 0;
                }
            }
        }

        return changed;
    }

    /// <summary>A text Review keeps, by its row's id.</summary>
    private sealed record Redactable
    {
        public Guid Id { get; init; }

        public Guid FeedbackId { get; init; }

        public string Text { get; init; } = "";
    }
}
