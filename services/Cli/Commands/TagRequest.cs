namespace VoiceOfCustomer.Cli.Commands;

/// <summary>What `voc tag` was asked to do: the file, where the tags go (null: standard output), its format if forced, and its columns.</summary>
public sealed record TagRequest(FileInfo File, FileInfo? Out, string? Format, TagColumns Columns);
