namespace VoiceOfCustomer.Taggers.PersonalData;

/// <summary>The kinds of personal data found in feedback text, each masked as "[kind]" in exports and reports.</summary>
public enum PersonalDataKind
{
    Email,
    Phone,
    Card,
    Iban,

    /// <summary>A URL carrying a secret: a token, key or signature in its query, credentials, or a long random segment.</summary>
    Url,
}
