namespace VoiceOfCustomer.Client;

/// <summary>Why the server rejected one row of an imported file.</summary>
public sealed record ImportRowError(int Line, string Field, string Message);
