using System.Globalization;
using System.Text.RegularExpressions;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Ingestion.Features.Accounts;

/// <summary>What an account of the registry must satisfy, the same for the API and for CSV rows.</summary>
public static partial class AccountRules
{
    public const int MaxCustomAttributes = 20;

    public static AccountProfile? Validate(string? accountId, AccountInput input, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(accountId) || !Identifiers.IsKey(accountId))
        {
            errors.Add("accountId", $"'{accountId}' is not a valid account id: 1 to {Identifiers.MaxLength} letters, digits or . _ : @ -.");
        }

        var name = Text(input.Name, 200, "name", errors);
        var region = Text(input.Region, 64, "region", errors);
        var industry = Text(input.Industry, 64, "industry", errors);
        var planTier = Text(input.PlanTier, 64, "planTier", errors);
        var country = input.Country?.Trim().ToUpperInvariant();
        if (country is null || !IsCountry(country))
        {
            errors.Add("country", $"'{input.Country}' is not an ISO 3166 two-letter country code such as FR or BR.");
        }

        var language = input.Language?.Trim();
        if (language is null || !Identifiers.IsLanguageTag(language))
        {
            errors.Add("language", $"'{input.Language}' is not a language tag such as en, pt-BR or zh-Hant.");
        }

        if (input.SizeBand is null || !SizeBands.All.Contains(input.SizeBand))
        {
            errors.Add("sizeBand", $"'{input.SizeBand}' is not a size band: use one of {string.Join(", ", SizeBands.All)}.");
        }

        if (input.Arr is null or < 0 or > 1_000_000_000_000m)
        {
            errors.Add("arr", "The annual recurring revenue is required, from 0 to 1,000,000,000,000.");
        }

        var custom = input.Custom ?? new Dictionary<string, string>();
        if (custom.Count > MaxCustomAttributes)
        {
            errors.Add("custom", $"At most {MaxCustomAttributes} custom attributes are accepted, not {custom.Count}.");
        }

        foreach (var (key, value) in custom)
        {
            if (!CustomKey().IsMatch(key))
            {
                errors.Add($"custom.{key}", "A custom attribute name is 1 to 40 lower-case letters, digits or _, starting with a letter.");
            }
            else if (value is null || value.Length > 200)
            {
                errors.Add($"custom.{key}", "A custom attribute value is text of at most 200 characters.");
            }
        }

        return errors.Any
            ? null
            : new AccountProfile(accountId!, name!, region!, country!, language!, input.SizeBand!, industry!, planTier!,
                decimal.Round(input.Arr!.Value, 2), custom.ToDictionary(StringComparer.Ordinal));
    }

    private static bool IsCountry(string code)
    {
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? Text(string? value, int maxLength, string field, ValidationErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(field, $"{field} is required.");
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"{field} has {trimmed.Length} characters; at most {maxLength} are accepted.");
        }

        return trimmed;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex CustomKey();
}
