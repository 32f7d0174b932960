namespace VoiceOfCustomer.Cli.Tests.Support;

/// <summary>A row error as the server writes it (camelCase JSON); kept apart from the CLI's own record on purpose.</summary>
public sealed record ServerRowError(int Line, string Field, string Message);
