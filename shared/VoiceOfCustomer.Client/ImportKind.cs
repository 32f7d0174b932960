namespace VoiceOfCustomer.Client;

/// <summary>What a CSV import holds; <see cref="Name"/> is both the command name and the API path segment.</summary>
public sealed record ImportKind(string Name, string Description)
{
    public static readonly ImportKind Feedback = new("feedback", "Import customer feedback from a CSV file.");

    public static readonly ImportKind Accounts = new("accounts", "Import customer accounts from a CSV file.");

    public static IReadOnlyList<ImportKind> All { get; } = [Feedback, Accounts];
}
