namespace VoiceOfCustomer.Contracts;

/// <summary>
/// One segment with a voice gap: the attribute (region, country, language, size_band, industry, plan_tier, or
/// custom.{key}), its value, and its share of feedback over its share of accounts (below 1).
/// </summary>
public sealed record SegmentVoiceGap(string Attribute, string Value, double Ratio);
