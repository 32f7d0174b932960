namespace VoiceOfCustomer.Contracts;

/// <summary>Personal data found in an item's text: its kind (email, phone, card, iban, url) and UTF-16 offsets, never the text itself.</summary>
public sealed record PersonalDataMark(string Kind, int Start, int Length, double Confidence, string Why);
