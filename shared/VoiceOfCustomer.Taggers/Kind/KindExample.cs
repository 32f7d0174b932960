namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>One labeled item to train on: its text, its language (ISO 639-1) and every kind it is.</summary>
public sealed record KindExample(string Text, string Language, IReadOnlySet<FeedbackKind> Kinds);
