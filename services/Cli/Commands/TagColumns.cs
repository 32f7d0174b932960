namespace VoiceOfCustomer.Cli.Commands;

/// <summary>
/// Which columns (or JSON fields) `voc tag` reads. The text column must be there; the language and id columns are
/// used when present under their default names, and must be there when named on the command line (in JSON Lines,
/// where each object may differ, a declared language may be missing from any line).
/// </summary>
public sealed record TagColumns(string Text, string Language, bool LanguageRequired, string Id, bool IdRequired)
{
    public const string DefaultText = "text";

    public const string DefaultLanguage = "language";

    public const string DefaultId = "id";

    public static TagColumns From(string text, string? language, string? id) =>
        new(text, language ?? DefaultLanguage, language is not null, id ?? DefaultId, id is not null);
}
