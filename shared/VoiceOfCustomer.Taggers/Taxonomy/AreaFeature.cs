namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>
/// One hashed feature of a folded text for the learned area model: its bucket, and the folded characters it stands
/// for (a word, two words, or for a run of letters without spaces the few characters of the gram), so the tag's why
/// can name them.
/// </summary>
internal readonly record struct AreaFeature(int Bucket, int Start, int Length);
