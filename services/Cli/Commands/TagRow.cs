namespace VoiceOfCustomer.Cli.Commands;

/// <summary>One item read from the input: the line it starts on, its id if the file has one, its text and declared language.</summary>
public sealed record TagRow(int Line, string? Id, string Text, string? Language);
