using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>One `voc import` invocation, as parsed from the command line.</summary>
public sealed record ImportRequest(ImportKind Kind, FileInfo File, FileInfo? ErrorsOut, Uri Api);
