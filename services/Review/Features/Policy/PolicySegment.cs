namespace VoiceOfCustomer.Review.Features.Policy;

/// <summary>A segment designated under-represented by policy (accessibility needs, a non-primary language, ...).</summary>
public sealed record PolicySegment(string Attribute, string Value);

/// <summary>One version of the policy list: every designated segment, who set it and when. Versions are never edited.</summary>
public sealed record PolicyVersion(int Version, IReadOnlyList<PolicySegment> Segments, string ChangedBy, DateTimeOffset ChangedAt);
