namespace VoiceOfCustomer.Tagging.Features.Models;

/// <summary>A model and the version of Tagging's tables it was read from, swapped together so they never disagree.</summary>
public sealed record Versioned<T>(int Version, T Model);
