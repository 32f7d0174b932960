using System.Text.RegularExpressions;

namespace VoiceOfCustomer.Ingestion.Features;

/// <summary>Shapes of the identifiers users choose: account ids (from their CRM), CSM ids, language tags.</summary>
internal static partial class Identifiers
{
    public const int MaxLength = 64;

    public static bool IsKey(string value) => value.Length <= MaxLength && Key().IsMatch(value);

    public static bool IsLanguageTag(string value) => value.Length <= 35 && LanguageTag().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:@-]*$")]
    private static partial Regex Key();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
