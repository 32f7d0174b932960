using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Review.Features.Erasure;

/// <summary>Whose personal data to erase: the contacts of one account, or the one contact with this email (exactly one of them).</summary>
public sealed record ErasureInput(string? AccountId, string? ContactEmail)
{
    public const int MaxLength = 320;

    public string? Account => string.IsNullOrWhiteSpace(AccountId) ? null : AccountId.Trim();

    public string? Email => string.IsNullOrWhiteSpace(ContactEmail) ? null : ContactEmail.Trim();

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if ((Account is null) == (Email is null))
        {
            errors.Add("accountId", "Give exactly one of accountId (every contact of that account) or contactEmail (that one contact).");
        }

        if (Account is { Length: > 64 })
        {
            errors.Add("accountId", "accountId is at most 64 characters.");
        }

        if (Email is { } email && (email.Length > MaxLength || email.IndexOf('@', StringComparison.Ordinal) is < 1 || email.EndsWith('@')))
        {
            errors.Add("contactEmail", "contactEmail must be an email address (name@domain).");
        }
    }
}
