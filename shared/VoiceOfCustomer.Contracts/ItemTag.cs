namespace VoiceOfCustomer.Contracts;

/// <summary>One tag of an item as a person reads it: which tagger (language, kind, area...), what it said, how sure it is (0 to 1) and why.</summary>
public sealed record ItemTag(string Name, string Value, double Confidence, string Why);
