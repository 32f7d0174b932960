namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// One phrase in one language ("any" for words every language uses, such as SSO or API). A trailing * on the last
/// word matches any word starting with it ("factur*" matches facture, factures, facturation).
/// </summary>
/// <param name="Language">An ISO 639-1 code, or "any".</param>
/// <param name="Text">The phrase as the admin wrote it; matched after folding (case and accents do not matter).</param>
public sealed record TaxonomyPhrase(string Language, string Text);
