using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Ingestion.Features.Feedback;

/// <summary>What a feedback item must satisfy, the same for the API and for CSV rows.</summary>
public static class FeedbackRules
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static NewFeedback? Validate(FeedbackInput input, int maxTextLength, DateTimeOffset now, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var accountId = Key(input.AccountId, "accountId", errors);
        var csmId = Key(input.CsmId, "csmId", errors);
        var text = input.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("text", "The feedback text is required.");
        }
        else if (text.Length > maxTextLength)
        {
            errors.Add("text", $"The feedback text has {text.Length} characters; at most {maxTextLength} are accepted.");
        }
        else if (text.Contains('\0', StringComparison.Ordinal))
        {
            errors.Add("text", "The feedback text contains a NUL character.");
        }

        if (string.IsNullOrWhiteSpace(input.SourceChannel))
        {
            errors.Add("sourceChannel", $"The source channel is required: one of {string.Join(", ", SourceChannels.All)}.");
        }
        else if (!SourceChannels.All.Contains(input.SourceChannel))
        {
            errors.Add("sourceChannel", $"'{input.SourceChannel}' is not a source channel: use one of {string.Join(", ", SourceChannels.All)}.");
        }

        Scale(input.CsmImportance, "csmImportance", "The CSM's importance", errors);
        Scale(input.GoalProximity, "goalProximity", "How close this brings the customer to their business goal", errors);
        var businessGoal = Optional(input.BusinessGoal, 500, "businessGoal", errors);
        if (input.GoalProximity > 0 && businessGoal is null)
        {
            errors.Add("businessGoal", "Name the customer's business goal when goalProximity is above 0.");
        }

        var contactName = Optional(input.ContactName, 200, "contactName", errors);
        var contactEmail = Optional(input.ContactEmail, 254, "contactEmail", errors);
        if (contactEmail is not null && !MailAddress.TryCreate(contactEmail, out _))
        {
            errors.Add("contactEmail", $"'{contactEmail}' is not an email address.");
        }

        var language = Optional(input.Language, 35, "language", errors);
        if (language is not null && !Identifiers.IsLanguageTag(language))
        {
            errors.Add("language", $"'{language}' is not a language tag such as en, pt-BR or zh-Hant.");
        }

        if (input.OccurredAt > now + ClockSkew)
        {
            errors.Add("occurredAt", "The feedback cannot have happened in the future.");
        }
        else if (input.OccurredAt < Earliest)
        {
            errors.Add("occurredAt", "The feedback must have happened after 2000-01-01.");
        }

        var idempotencyKey = Optional(input.IdempotencyKey, 200, "idempotencyKey", errors);
        if (errors.Any)
        {
            return null;
        }

        return new NewFeedback(accountId!, contactName, contactEmail, text!, input.SourceChannel!, csmId!, input.CsmImportance!.Value,
            businessGoal, input.GoalProximity!.Value, language, input.OccurredAt ?? now, idempotencyKey, Hash(input, text!));
    }

    /// <summary>What the idempotency key promises: the same key with a different request is a conflict, not a replay.</summary>
    private static string Hash(FeedbackInput input, string text)
    {
        var canonical = string.Join('\u001f',
            input.AccountId, input.ContactName, input.ContactEmail, text, input.SourceChannel, input.CsmId,
            input.CsmImportance?.ToString(CultureInfo.InvariantCulture), input.BusinessGoal,
            input.GoalProximity?.ToString(CultureInfo.InvariantCulture), input.Language,
            input.OccurredAt?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string? Key(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{field} is required.");
            return null;
        }

        if (!Identifiers.IsKey(value))
        {
            errors.Add(field, $"'{value}' is not a valid {field}: 1 to {Identifiers.MaxLength} letters, digits or . _ : @ -, starting with a letter or digit.");
            return null;
        }

        return value;
    }

    private static void Scale(int? value, string field, string what, ValidationErrors errors)
    {
        if (value is null)
        {
            errors.Add(field, $"{what} is required, from 0 to 3.");
        }
        else if (value is < 0 or > 3)
        {
            errors.Add(field, $"{what} must be from 0 to 3, not {value}.");
        }
    }

    private static string? Optional(string? value, int maxLength, string field, ValidationErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"{field} has {trimmed.Length} characters; at most {maxLength} are accepted.");
        }

        return trimmed;
    }
}
