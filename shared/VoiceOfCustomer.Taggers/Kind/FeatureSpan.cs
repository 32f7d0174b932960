namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>
/// One hashed feature of a text: its weight bucket, and the words it came from (start and length in the text),
/// so the strongest features can be shown as words. Character n-grams carry their whole word; meta features
/// (a question mark, the length) have a negative start naming which one.
/// </summary>
internal readonly record struct FeatureSpan(int Bucket, int Start, int Length)
{
    public bool IsMeta => Start < 0;

    public int MetaIndex => -1 - Start;

    public static FeatureSpan Meta(int bucket, int index) => new(bucket, -1 - index, 0);
}
