namespace VoiceOfCustomer.Taggers.Taxonomy;

/// <summary>What decided an item's area: nothing (no area), the taxonomy's phrases, or the model learned from corrections.</summary>
public enum AreaSource
{
    None,
    Phrases,
    Model,
}
