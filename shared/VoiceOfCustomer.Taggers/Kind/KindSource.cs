namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>Where an item's kinds came from, so a reader knows how far to trust them.</summary>
public enum KindSource
{
    /// <summary>The learned model, for a language it was trained on (probabilities measured in docs/evaluation.md).</summary>
    Model,

    /// <summary>Multilingual phrases, for a language the model does not know: low confidence (at most 0.5).</summary>
    Phrases,

    /// <summary>Nothing known about this language matched: the kind is <see cref="FeedbackKind.Unknown"/>.</summary>
    Unknown,
}
